import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AGENT, createAccounts, signIn } from './accounts';
import { launchChromium } from './browser';
import { scrollThrough } from './scroll';
import { startDashboard, type RunningDashboard } from './server';

/**
 * The finance agent's fluids journey (issue 5): from the overview to the costliest alerts, where the planted leaking
 * school and the gym off its décret tertiaire trajectory wait without anyone searching; then the school's page, and
 * the trajectory of the buildings the décret applies to.
 */
describe('the fluids pages in a browser, on the demo city', () => {
  let dashboard: RunningDashboard;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dashboard = await startDashboard();
    await createAccounts(dashboard, [AGENT]);
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await dashboard?.stop();
  }, 60_000);
  beforeEach(async () => {
    context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'fr-FR',
      reducedMotion: 'reduce',
    });
    await signIn(context, dashboard, AGENT);
    page = await context.newPage();
  });
  afterEach(async () => context.close());

  it('lets a citizen walk every Fluides page without a refusal: public figures, and an offer to sign in for the buildings', async () => {
    await context.close();
    context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'fr-FR',
      reducedMotion: 'reduce',
    });
    page = await context.newPage();
    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) refused.push(`${response.status()} ${response.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') refused.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => refused.push(String(error)));

    await page.goto(`${dashboard.url}/fluids?commune=59350&year=2025`);
    await page.getByRole('heading', { level: 1, name: 'Fluides des bâtiments publics' }).waitFor({ timeout: 30_000 });
    await page.locator('app-kpi-card').first().waitFor({ timeout: 30_000 });
    const types = page.locator('section[aria-labelledby="fluids-types"]');
    await types.getByRole('heading', { name: /^Énergie par m² chauffé selon le type de bâtiment/ }).waitFor();
    expect(await types.locator('.summary').innerText()).toMatch(
      /^En 2025, les bâtiments de type « .+ » consomment le plus/,
    );
    expect(await page.locator('app-sign-in-offer').innerText()).toContain('Se connecter');
    expect(await page.getByText('Alertes les plus coûteuses').count()).toBe(0);
    // the internal pages are not offered in the section's navigation
    const sectionLinks = await page.locator('app-section-nav a').allInnerTexts();
    expect(sectionLinks.map((t) => t.trim())).toEqual(['Vue d’ensemble', 'Décret tertiaire']);
    await scrollThrough(page);
    await page.locator('.leaflet-overlay-pane path').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: 'e2e/screenshots/fluids-public.png', fullPage: true });

    await page.getByRole('link', { name: 'Décret tertiaire', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Décret tertiaire' }).waitFor({ timeout: 30_000 });
    const commune = page.locator('section[aria-labelledby="trajectory-commune"]');
    await commune.locator('.summary').waitFor({ timeout: 30_000 });
    expect(await commune.locator('.summary').innerText()).toMatch(
      /^En 20\d\d, (les \d+ bâtiments assujettis|le bâtiment assujetti)/,
    );
    await commune.getByRole('button', { name: 'Voir le tableau' }).click();
    expect(await commune.locator('thead th').first().innerText()).toMatch(/^Année/);
    expect(await commune.locator('thead th').nth(1).innerText()).toMatch(/^État/);

    // deep links to internal pages: an offer to sign in, never an error
    for (const path of ['/fluids/alertes', '/fluids/regles', '/fluids/batiments/LIL-ECO-023']) {
      await page.goto(`${dashboard.url}${path}?commune=59350&year=2025`);
      await page.locator('app-sign-in-offer').waitFor({ timeout: 30_000 });
      expect(await page.locator('app-sign-in-offer a').getAttribute('href')).toContain('/login?returnUrl=');
      expect(await page.locator('[role="alert"]').count())
        .withContext(path)
        .toBe(0);
    }
    await page.goto(`${dashboard.url}/commerce/rues/rue%20de%20B%C3%A9thune?commune=59350&year=2025`);
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
    await page.locator('app-sign-in-offer, .reserved').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');

    expect(refused).withContext('no 401, no 403, no error in the console').toEqual([]);
  }, 180_000);

  it('goes from the overview to the costliest alerts, the leaking school and the décret tertiaire trajectory', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${dashboard.url}/overview?commune=59350&year=2025`);
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Fluides', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Fluides des bâtiments publics' }).waitFor({ timeout: 30_000 });

    // the two planted stories lead the costliest alerts
    const costliest = page.locator('table', { hasText: 'Alertes les plus coûteuses' });
    await costliest.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    const top = (await costliest.locator('tbody tr').allInnerTexts()).slice(0, 2).join('\n');
    expect(top).toContain('École maternelle Jules Ferry');
    expect(top).toContain('Fuite d’eau probable');
    expect(top).toContain('Complexe sportif Pierre de Coubertin');
    expect(top).toContain('Hors trajectoire du décret tertiaire');

    await costliest.getByRole('link', { name: 'École maternelle Jules Ferry' }).click();
    await page.getByRole('heading', { level: 1, name: 'École maternelle Jules Ferry' }).waitFor({ timeout: 30_000 });
    expect(page.url()).toContain('/fluids/batiments/LIL-ECO-023');
    expect(page.url()).toContain('commune=59350');
    const ownAlerts = page.locator('section', {
      has: page.getByRole('heading', { name: 'Alertes de ce bâtiment' }),
    });
    await ownAlerts.getByText('Fuite d’eau probable').first().waitFor({ timeout: 30_000 });
    // the monthly chart opens on the fluid of its costliest alert: the leak is in sight
    await page.getByRole('heading', { name: 'Consommation mensuelle (Eau)' }).waitFor();
    await page
      .getByRole('heading', {
        name: 'Trajectoire du décret tertiaire (énergie corrigée du climat)',
      })
      .waitFor();
    await scrollThrough(page);
    await page.locator('app-chart-card canvas').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: 'e2e/screenshots/fluids-building.png', fullPage: true });

    await page.getByRole('link', { name: 'Décret tertiaire', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Décret tertiaire' }).waitFor({ timeout: 30_000 });
    const gym = page.locator('tbody tr', { hasText: 'Complexe sportif Pierre de Coubertin' }).first();
    await gym.waitFor({ timeout: 30_000 });
    expect(await gym.innerText()).toContain('Consommation en hausse depuis l’année de référence');
    await page.screenshot({ path: 'e2e/screenshots/fluids-trajectory.png', fullPage: true });
    expect(errors).toEqual([]);
  }, 180_000);
});
