import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp } from '../../test/helpers/http';

/**
 * A commune's first test is a browser on another machine opening http://192.168.x.y:3000. The headers that only
 * make sense over https (CSP upgrade-insecure-requests, HSTS) must then stay away, or the browser upgrades every
 * script to https and shows a blank page. Over https (told by a trusted proxy) they come back.
 */
describe('security headers over plain http and over https', () => {
  let webDist: string;
  beforeAll(() => {
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-web-'));
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Pilotage</title>');
  });
  afterAll(() => fs.rmSync(webDist, { recursive: true, force: true }));

  const headersOf = async (url: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    return {
      csp: response.headers.get('content-security-policy') ?? '',
      hsts: response.headers.get('strict-transport-security'),
    };
  };

  it('sends no upgrade directive and no HSTS to a browser on a LAN address over plain http', async () => {
    const app = await startTestApp({ webDist });
    const site = app.base.replace('/api/v1', '');
    try {
      for (const url of [`${site}/`, `${site}/budget`, `${app.base}/communes`]) {
        const { csp, hsts } = await headersOf(url, { host: '192.168.1.20:3000' });
        expect(csp).withContext(url).toContain("script-src 'self'");
        expect(csp).withContext(url).not.toContain('upgrade-insecure-requests');
        expect(hsts).withContext(url).toBeNull();
      }
    } finally {
      await app.close();
    }
  });

  it('ignores X-Forwarded-Proto from a client when no proxy is trusted (the default)', async () => {
    const app = await startTestApp({ webDist });
    try {
      const { csp, hsts } = await headersOf(`${app.base}/communes`, { 'x-forwarded-proto': 'https' });
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(hsts).toBeNull();
    } finally {
      await app.close();
    }
  });

  it('upgrades and sends HSTS when a trusted proxy says the request came over https', async () => {
    const app = await startTestApp({ webDist, trustProxy: ['loopback'] });
    try {
      const overHttps = await headersOf(`${app.base}/communes`, { 'x-forwarded-proto': 'https' });
      expect(overHttps.csp).toContain('upgrade-insecure-requests');
      expect(overHttps.hsts).toMatch(/max-age=\d+/);
      const overHttp = await headersOf(`${app.base}/communes`, { 'x-forwarded-proto': 'http' });
      expect(overHttp.csp).not.toContain('upgrade-insecure-requests');
      expect(overHttp.hsts).toBeNull();
    } finally {
      await app.close();
    }
  });

  it('answers an unknown /api address outside /api/v1 with a JSON 404, not the dashboard page', async () => {
    const app = await startTestApp({ webDist });
    const site = app.base.replace('/api/v1', '');
    try {
      for (const address of ['/api/v2/communes', '/api/', '/api/health']) {
        const response = await fetch(`${site}${address}`);
        expect(response.status).withContext(address).toBe(404);
        expect(response.headers.get('content-type'))
          .withContext(address)
          .toMatch(/^application\/json/);
        expect(((await response.json()) as any).error.code).toBe('not_found');
      }
      const page = await fetch(`${site}/budget`);
      expect([page.status, await page.text()]).toEqual([200, '<!doctype html><title>Pilotage</title>']);
    } finally {
      await app.close();
    }
  });
});
