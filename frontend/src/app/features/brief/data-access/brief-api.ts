import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { BriefDocument } from './brief-document';

/** The council brief: one document from the server, the same one its PDF prints. */
@Injectable({ providedIn: 'root' })
export class BriefApi {
  private readonly http = inject(HttpClient);

  load(commune: string, year: number): Observable<BriefDocument> {
    return this.http.get<BriefDocument>('/api/v1/brief', { params: { commune, year } });
  }
}

/** Where the PDF of the brief is downloaded from (an attachment, `note-conseil-<commune>-<year>.pdf`). */
export function briefPdfUrl(commune: string, year: number): string {
  return `/api/v1/brief.pdf?commune=${encodeURIComponent(commune)}&year=${year}`;
}
