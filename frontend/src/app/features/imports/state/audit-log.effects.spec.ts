import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore, Store } from '@ngrx/store';
import { authApiActions } from '../../../core/auth/auth-api.actions';
import { authFeature } from '../../../core/auth/auth.feature';
import { Role } from '../../../core/auth/session-user';
import { apiErrorInterceptor } from '../../../core/http/api-error-interceptor';
import { AuditEntry } from '../data-access/audit-entry';
import * as auditLogEffects from './audit-log.effects';
import { auditLogFeature } from './audit-log.feature';
import { importsApiActions } from './imports-api.actions';
import { importsPageActions } from './imports-page.actions';

const ENTRY: AuditEntry = {
  id: 5,
  at: '2026-11-26T13:05:00.000Z',
  actor: 'agent@lille.fr',
  action: 'alert.threshold',
  commune_insee: '59350',
  target: 'vacancy_spike',
  details: { old_value: 5, new_value: 8 },
};

describe('audit log effects', () => {
  let backend: HttpTestingController;
  let store: Store;

  function setUp(role: Role): void {
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [authFeature.name]: authFeature.reducer }),
        provideState(auditLogFeature),
        provideEffects(auditLogEffects),
        provideHttpClient(withInterceptors([apiErrorInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(Store);
    store.dispatch(
      authApiActions.sessionLoaded({
        user: { id: 1, email: `${role}@lille.fr`, role, commune_insee: null, display_name: null },
      }),
    );
  }

  afterEach(() => backend.verify());

  const state = () => store.selectSignal(auditLogFeature.selectAuditLogState)();

  it('reads the 50 latest entries of the commune for an admin', () => {
    setUp('admin');
    store.dispatch(importsPageActions.opened({ commune: '59350' }));
    expect(state().status).toBe('loading');

    backend.expectOne('/api/v1/audit?commune=59350&limit=50').flush([ENTRY]);

    expect(state()).toEqual({ commune: '59350', entries: [ENTRY], status: 'loaded', error: null });
  });

  it('never calls the endpoint for an agent', () => {
    setUp('agent');
    store.dispatch(importsPageActions.opened({ commune: '59350' }));
    store.dispatch(
      importsApiActions.rollbackSuccess({
        result: { import_id: 4, status: 'rolled_back', restored: 0, deleted: 1 },
        commune: '59350',
      }),
    );

    backend.expectNone((request) => request.url.startsWith('/api/v1/audit'));
  });

  it('reads the log again after a rollback, which writes to it', () => {
    setUp('admin');
    store.dispatch(importsPageActions.opened({ commune: '59350' }));
    backend.expectOne('/api/v1/audit?commune=59350&limit=50').flush([]);

    store.dispatch(
      importsApiActions.rollbackSuccess({
        result: { import_id: 4, status: 'rolled_back', restored: 0, deleted: 1 },
        commune: '59350',
      }),
    );
    expect(state().status).withContext('the table stays while it is read again').toBe('loaded');
    backend.expectOne('/api/v1/audit?commune=59350&limit=50').flush([ENTRY]);

    expect(state().entries).toEqual([ENTRY]);
  });

  it('keeps the API’s reason when the log cannot be read, and reads it again on retry', () => {
    setUp('admin');
    store.dispatch(importsPageActions.opened({ commune: '59350' }));
    backend
      .expectOne('/api/v1/audit?commune=59350&limit=50')
      .flush({ error: { code: 'forbidden', message: 'Accès refusé' } }, { status: 403, statusText: 'Forbidden' });
    expect(state().status).toBe('error');
    expect(state().error).toBe('Accès refusé');

    store.dispatch(importsPageActions.auditLogRetried({ commune: '59350' }));
    backend.expectOne('/api/v1/audit?commune=59350&limit=50').flush([ENTRY]);
    expect(state().status).toBe('loaded');
  });
});
