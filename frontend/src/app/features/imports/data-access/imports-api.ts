import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, Observable, of, throwError } from 'rxjs';
import { ApiError } from '../../../core/http/api-error';
import { ImportKindDoc, ImportRecord, ImportReport, isImportReport, RollbackResult } from './import-rows';

/** Header values must be Latin-1: a name such as "relevés_2025.csv" goes in the query string only. */
const LATIN1 = /^[\u0020-\u007e\u00a0-\u00ff]*$/;

/** The imports API (roles admin and agent to write, staff to read). */
@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly http = inject(HttpClient);

  kinds(): Observable<ImportKindDoc[]> {
    return this.http.get<ImportKindDoc[]>('/api/v1/imports/kinds');
  }

  history(commune: string): Observable<ImportRecord[]> {
    return this.http.get<ImportRecord[]>('/api/v1/imports', { params: { commune, limit: 50 } });
  }

  /**
   * Sends the file as the raw request body. A dry run checks every line and writes nothing. A refused file
   * (422) is not an error here: its report, line by line, is the answer.
   */
  upload(kind: string, commune: string, file: Blob, fileName: string, dryRun: boolean): Observable<ImportReport> {
    let headers = new HttpHeaders({ 'Content-Type': 'application/octet-stream' });
    if (LATIN1.test(fileName)) headers = headers.set('X-File-Name', fileName);
    return this.http
      .post<ImportReport>(`/api/v1/imports/${encodeURIComponent(kind)}`, file, {
        headers,
        params: { commune, dry_run: String(dryRun), file_name: fileName },
      })
      .pipe(
        catchError((error: unknown) =>
          error instanceof ApiError && error.status === 422 && isImportReport(error.body)
            ? of(error.body)
            : throwError(() => error),
        ),
      );
  }

  rollback(id: number): Observable<RollbackResult> {
    return this.http.post<RollbackResult>(`/api/v1/imports/${id}/rollback`, null);
  }
}
