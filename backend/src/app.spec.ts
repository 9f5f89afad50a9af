import { getJson, startTestApp } from '../test/helpers/http';

describe('the API over HTTP', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;

  beforeAll(async () => {
    api = await startTestApp();
  }, 120_000);
  afterAll(async () => {
    await api.close();
  });

  it('reports its health, the database mode and the data freshness', async () => {
    const { status, body } = await getJson(`${api.base}/health`);

    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(['embedded', 'server']).toContain(body.database.mode);
    expect(body.database.mode).toBe(process.env.DATABASE_URL ? 'server' : 'embedded');
    expect(body.database.server_version).toMatch(/^\d+/);
    expect(Array.isArray(body.freshness)).toBeTrue();
  });

  it('answers an unknown route with the one JSON error shape', async () => {
    const { status, body } = await getJson(`${api.base}/nowhere`);

    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: 'not_found', message: "Adresse inconnue de l'API : GET /nowhere" } });
  });

  it('refuses a malformed commune code and says which parameter is wrong', async () => {
    const { status, body } = await getJson(`${api.base}/overview?commune=Lille`);

    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.details).toEqual([
      { in: 'query', field: 'commune', message: 'doit être un code INSEE de commune, par exemple 59350' },
    ]);
  });

  it('says so when a commune does not exist', async () => {
    const { status, body } = await getJson(`${api.base}/communes/99999/quartiers`);

    expect(status).toBe(404);
    expect(body.error.message).toContain('99999');
  });

  it('publishes its OpenAPI document, listing every route it serves, and a human page', async () => {
    const { status, body } = await getJson(`${api.base}/openapi.json`);
    const page = await fetch(`${api.base}/docs`);

    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      jasmine.arrayContaining([
        '/health',
        '/communes',
        '/communes/{insee}/quartiers',
        '/overview',
        '/quartiers/summary',
      ]),
    );
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('GET /api/v1/overview');
  });

  it("names every request, keeping a caller's own id, so an error can be found in the logs", async () => {
    const named = await fetch(`${api.base}/health`);
    const given = await fetch(`${api.base}/health`, { headers: { 'x-request-id': 'bi-tool-run-7' } });
    const hostile = await fetch(`${api.base}/health`, { headers: { 'x-request-id': 'a b<script>' } });

    expect(named.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(given.headers.get('x-request-id')).toBe('bi-tool-run-7');
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sets security headers', async () => {
    const response = await fetch(`${api.base}/health`);

    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
