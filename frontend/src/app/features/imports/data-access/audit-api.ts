import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { AuditEntry } from './audit-entry';

/** The audit log, as a file for Excel: same entries, `;`-separated UTF-8 CSV with a BOM. */
export function auditCsvUrl(commune: string): string {
  return `/api/v1/audit?commune=${encodeURIComponent(commune)}&format=csv`;
}

/** The audit log API (role admin only: never call it for another role). */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  latest(commune: string, limit: number): Observable<AuditEntry[]> {
    return this.http.get<AuditEntry[]>('/api/v1/audit', { params: { commune, limit } });
  }
}
