import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApiError } from './api-error';
import { apiErrorInterceptor } from './api-error-interceptor';

describe('apiErrorInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiErrorInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it("passes on the API's own code and message", () => {
    let caught: unknown;
    http.get('/api/v1/overview?commune=00000').subscribe({ error: (error) => (caught = error) });

    backend
      .expectOne('/api/v1/overview?commune=00000')
      .flush(
        { error: { code: 'not_found', message: 'Commune inconnue : 00000' } },
        { status: 404, statusText: 'Not Found' },
      );

    expect(caught).toEqual(jasmine.any(ApiError));
    expect((caught as ApiError).code).toBe('not_found');
    expect((caught as ApiError).message).toBe('Commune inconnue : 00000');
    expect((caught as ApiError).status).toBe(404);
  });

  it('explains in French when the server cannot be reached', () => {
    let caught: ApiError | undefined;
    http.get('/api/v1/communes').subscribe({ error: (error) => (caught = error) });

    backend.expectOne('/api/v1/communes').error(new ProgressEvent('error'), { status: 0 });

    expect(caught?.code).toBe('network_error');
    expect(caught?.message).toContain('Le serveur ne répond pas');
  });

  it('describes an error page that is not JSON by its status', () => {
    let caught: ApiError | undefined;
    http.get('/api/v1/health').subscribe({ error: (error) => (caught = error) });

    backend.expectOne('/api/v1/health').flush('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' });

    expect(caught?.message).toBe('Erreur 502 Bad Gateway');
  });
});
