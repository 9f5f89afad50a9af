import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { FigureComment, NewFigureComment } from './figure-comment';

/** Comments are internal (staff only): call these only for a signed-in admin, elected official or agent. */
@Injectable({ providedIn: 'root' })
export class CommentsApi {
  private readonly http = inject(HttpClient);

  list(commune: string, filter: { target?: string; from?: string; to?: string } = {}): Observable<FigureComment[]> {
    const params: Record<string, string> = { commune };
    for (const [key, value] of Object.entries(filter)) if (value) params[key] = value;
    return this.http.get<FigureComment[]>('/api/v1/comments', { params });
  }

  add(comment: NewFigureComment): Observable<FigureComment> {
    return this.http.post<FigureComment>('/api/v1/comments', comment);
  }

  remove(id: number): Observable<void> {
    return this.http.delete<void>(`/api/v1/comments/${id}`);
  }
}
