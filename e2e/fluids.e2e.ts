import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AGENT, createAccounts, signIn } from './accounts';
import { launchChromium } from './browser';
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

  it('goes from the overview to the costliest alerts, the leaking school and the décret tertiaire trajectory', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${dashboard.url}/overview?commune=59350&year=2025`);
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Fluides', exact: true }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Fluides des bâtiments publics' })
      .waitFor({ timeout: 30_000 });

    // the two planted stories lead the costliest alerts
    const costliest = page.locator('table', { hasText: 'Alertes les plus coûteuses' });
    await costliest.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    const top = (await costliest.locator('tbody tr').allInnerTexts()).slice(0, 2).join('\n');
    expect(top).toContain('École maternelle Jules Ferry');
    expect(top).toContain('Fuite d’eau probable');
    expect(top).toContain('Complexe sportif Pierre de Coubertin');
    expect(top).toContain('Hors trajectoire du décret tertiaire');

    await costliest.getByRole('link', { name: 'École maternelle Jules Ferry' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'École maternelle Jules Ferry' })
      .waitFor({ timeout: 30_000 });
    expect(page.url()).toContain('/fluids/batiments/LIL-ECO-023');
    expect(page.url()).toContain('commune=59350');
    const ownAlerts = page.locator('section', {
      has: page.getByRole('heading', { name: 'Alertes de ce bâtiment' }),
    });
    await ownAlerts.getByText('Fuite d’eau probable').first().waitFor({ timeout: 30_000 });
    // the monthly chart opens on the fluid of its costliest alert: the leak is in sight
    await page.getByRole('heading', { name: 'Consommation mensuelle (Eau)' }).waitFor();
    await page
      .getByRole('heading', { name: 'Trajectoire du décret tertiaire (énergie corrigée du climat)' })
      .waitFor();
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
