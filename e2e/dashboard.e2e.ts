import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { scrollThrough } from './scroll';
import { startDashboard, type RunningDashboard } from './server';

describe('the dashboard in a browser, on the demo city', () => {
  let dashboard: RunningDashboard;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dashboard = await startDashboard();
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await dashboard?.stop();
  }, 60_000);
  beforeEach(async () => {
    page = await browser.newPage({
      viewport: { width: 1366, height: 900 },
      locale: 'fr-FR',
      reducedMotion: 'reduce',
    });
  });
  afterEach(async () => page.close());

  it('opens on the overview of Lille, in French, with key figures, a drawn chart and the map of quartiers', async () => {
    await page.goto(`${dashboard.url}/`);

    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.locator('app-kpi-card').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('app-kpi-card').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('app-kpi-card').first().innerText()).toMatch(/\d/);

    // charts and the map are drawn when they come into view
    await scrollThrough(page);
    const canvas = page.locator('app-chart-card canvas').first();
    await canvas.waitFor({ timeout: 30_000 });
    const box = await canvas.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(100);

    const quartierShapes = page.locator('.leaflet-overlay-pane path');
    await quartierShapes.first().waitFor({ timeout: 30_000 });
    expect(await quartierShapes.count())
      .withContext('Lille has 12 quartiers')
      .toBe(12);
    expect(await page.getByText('Hellemmes').count()).toBeGreaterThan(0);
    // a full-page shot of a page still drawing its map and charts once took over 30 s on a loaded CI machine
    await page.screenshot({
      path: 'e2e/screenshots/overview.png',
      fullPage: true,
      animations: 'disabled',
      timeout: 60_000,
    });
  }, 150_000);

  it('shows every chart as a table too, with French number formats', async () => {
    await page.goto(`${dashboard.url}/overview?commune=59350&year=2025`);
    const card = page.locator('app-chart-card').first();
    await card.waitFor({ timeout: 30_000 });

    await card.getByRole('button', { name: /tableau/i }).click();

    const table = card.locator('table');
    await table.waitFor();
    expect(await table.locator('caption').count()).toBe(1);
    expect(await table.innerText()).toMatch(/\d{1,3}(\u202f|\u00a0| )\d{3}/);
  }, 60_000);
});
