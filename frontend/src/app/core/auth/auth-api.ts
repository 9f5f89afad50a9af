import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { map, Observable } from 'rxjs';
import type { ApiResponse } from '../../api';
import { SessionUser } from './session-user';

/** The session endpoints. Login sets the HttpOnly session cookie and the XSRF-TOKEN cookie the writes echo. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  me(): Observable<SessionUser | null> {
    return this.http.get<ApiResponse<'getAuthMe'>>('/api/v1/auth/me').pipe(map((body) => body.user));
  }

  login(email: string, password: string): Observable<SessionUser> {
    return this.http
      .post<ApiResponse<'postAuthLogin'>>('/api/v1/auth/login', { email, password })
      .pipe(map((body) => body.user));
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/v1/auth/logout', null);
  }
}
