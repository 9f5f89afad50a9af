import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { Commune } from './commune';

@Injectable({ providedIn: 'root' })
export class CommunesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Commune[]> {
    return this.http.get<Commune[]>('/api/v1/communes');
  }
}
