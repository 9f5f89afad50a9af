import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, Observable, of, throwError } from 'rxjs';
import { ApiError } from '../../../core/http/api-error';
import { NamedFile } from '../state/imports-page.actions';
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
   * Sends one file as the raw request body, several as the `file` parts of a multipart form (one set, all or
   * nothing). A dry run checks every line and writes nothing. `siteKind` is the mobility counted when a counting
   * file does not say it (`kind=bike`). A refused file (422) is not an error here: its report is the answer.
   */
  upload(
    kind: string,
    commune: string,
    files: readonly NamedFile[],
    dryRun: boolean,
    siteKind: string | null = null,
  ): Observable<ImportReport> {
    const params: Record<string, string> = { commune, dry_run: String(dryRun) };
    if (siteKind) params['kind'] = siteKind;
    let body: Blob | FormData;
    let headers = new HttpHeaders();
    if (files.length === 1) {
      const [{ file, name }] = files;
      body = file;
      params['file_name'] = name;
      headers = headers.set('Content-Type', 'application/octet-stream');
      if (LATIN1.test(name)) headers = headers.set('X-File-Name', name);
    } else {
      const form = new FormData();
      for (const { file, name } of files) form.append('file', file, name);
      body = form; // the browser writes the multipart boundary itself
    }
    return this.http
      .post<ImportReport>(`/api/v1/imports/${encodeURIComponent(kind)}`, body, { headers, params })
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
