import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { scrollThrough } from './scroll';
import { startDashboard, type RunningDashboard } from './server';

/** The finance agent's journey on the budget page: open it, change the year, drill down to the lines, export them. */
describe('the budget page in a browser, on the demo city', () => {
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
      acceptDownloads: true,
    });
  });
  afterEach(async () => page.close());

  const caption = () => page.locator('app-drilldown-panel caption');

  it('opens Budget, changes the year, drills from a function down to the budget lines and exports them', async () => {
    await page.goto(`${dashboard.url}/overview?commune=59350&year=2025`);
    await page.getByRole('link', { name: 'Budget', exact: true }).click();

    // the overview's own cards stay on screen until the budget page has loaded: wait for its title first
    await page.getByRole('heading', { level: 1, name: 'Budget' }).waitFor({ timeout: 30_000 });
    await page.locator('app-kpi-card').nth(6).waitFor({ timeout: 30_000 });
    expect(await page.locator('app-kpi-card').count()).toBe(7);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Budget');
    await scrollThrough(page);
    await page.locator('app-chart-card canvas').first().waitFor({ timeout: 30_000 });

    await page.getByLabel('Année', { exact: true }).selectOption('2024');
    await page.getByText('Fonctions – Fonctionnement, dépenses 2024').first().waitFor({ timeout: 30_000 });
    expect(page.url()).toContain('year=2024');

    await page.locator('app-drilldown-panel tbody th button', { hasText: /^\s*2 Enseignement/ }).click();
    await page
      .locator('app-drilldown-panel caption', { hasText: 'Chapitres de la fonction 2 ' })
      .waitFor({ timeout: 30_000 });
    await page.locator('app-drilldown-panel tbody th button').first().click();
    await page
      .locator('app-drilldown-panel caption', { hasText: 'Articles du chapitre ' })
      .waitFor({ timeout: 30_000 });
    await page.locator('app-drilldown-panel tbody th button').first().click();
    await page.locator('app-drilldown-panel caption', { hasText: 'Lignes du compte ' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('app-drilldown-panel nav li').count())
      .withContext('all functions > function > chapter > article')
      .toBe(4);
    expect(await page.locator('app-drilldown-panel tbody tr').count()).toBeGreaterThan(0);
    const shown = (await caption().innerText()).trim();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('app-drilldown-panel').getByRole('button', { name: 'Télécharger CSV' }).click(),
    ]);
    const csv = fs.readFileSync((await download.path())!);
    expect([...csv.subarray(0, 3)])
      .withContext('UTF-8 BOM for Excel')
      .toEqual([0xef, 0xbb, 0xbf]);
    const [header, first] = csv.subarray(3).toString('utf8').split('\r\n');
    expect(header).toBe("Code fonctionnel;Opération;Crédits ouverts;Réalisé;Restes à réaliser;Taux d'exécution");
    expect(first).toMatch(/;\d+(,\d+)?;/);
    expect(download.suggestedFilename()).toMatch(/^lignes-du-compte-.*\.csv$/);

    const href = await page.locator('app-drilldown-panel a[download]').getAttribute('href');
    const xlsx = await page.request.get(`${dashboard.url}${href}`);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    expect(shown).toMatch(/^Lignes du compte \d+/);
    await page.screenshot({ path: 'e2e/screenshots/budget.png', fullPage: true });
  }, 120_000);

  it('shows where the money goes: picking a quartier lists what was paid there', async () => {
    await page.goto(`${dashboard.url}/budget/quartiers?commune=59350&year=2025`);
    await scrollThrough(page);
    await page.locator('.leaflet-overlay-pane path').first().waitFor({ timeout: 30_000 });

    // the list under the map (its shapes are buttons too, but programmes' dots may lie over them)
    await page
      .locator('.area-list')
      .getByRole('button', { name: /^Fives/ })
      .click();

    await page.getByRole('heading', { name: 'Opérations à Fives en 2025' }).waitFor({ timeout: 30_000 });
    await page
      .locator('.operations')
      .getByText(/€|Aucune opération/)
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await page.locator('.operations').innerText()).not.toContain('Chargement');

    // the shapes of the map are keyboard stops with a name; Enter does what a click does
    const wazemmes = page.locator('path.leaflet-interactive[role="button"][aria-label^="Wazemmes"]');
    await wazemmes.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Opérations à Wazemmes en 2025' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('.leaflet-control-zoom-in').getAttribute('title')).toBe('Zoom avant');
    expect(await page.locator('.leaflet-control-scale-line').count()).toBe(1);
    // one period for the colours and the dots: every dot is a programme that spent in 2025, sized by it
    const dots = await page
      .locator('path.leaflet-interactive[role="button"]:not([aria-label*=" : n.d."])')
      .evaluateAll((paths) =>
        paths.map((p) => p.getAttribute('aria-label') ?? '').filter((label) => label.includes('dépensés')),
      );
    expect(dots.length).toBeGreaterThan(0);
    for (const label of dots) expect(label).toMatch(/dépensés en 2025$/);
    await page.screenshot({ path: 'e2e/screenshots/budget-quartiers.png', fullPage: true });
  }, 90_000);
});
