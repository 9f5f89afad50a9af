import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { scrollThrough } from './scroll';
import { startDashboard, type RunningDashboard } from './server';

/**
 * The town-centre manager's journey: the vacancy map, a quartier picked on it, one of its streets, the works on that
 * street and their impact on footfall against control counters (the planted works on rue Léon Gambetta).
 */
describe('the town-centre pages in a browser, on the demo city', () => {
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

  it('goes from the map to a street, then to the impact of the works on that street', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${dashboard.url}/overview?commune=59350&year=2025`);
    await page.getByRole('link', { name: 'Commerce & flux', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Commerce & flux' }).waitFor({ timeout: 30_000 });

    // the vacancy page: key figures, the map with its premises and counters, the rankings
    await page.locator('app-kpi-card').first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Commerce & flux');
    expect(await page.locator('app-kpi-card').count()).toBe(5);
    await scrollThrough(page);
    await page.locator('.leaflet-overlay-pane path.leaflet-interactive').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.leaflet-overlay-pane path.leaflet-interactive').count())
      .withContext('quartier shapes, vacant premises and counters')
      .toBeGreaterThan(12);
    await page.locator('app-chart-card canvas').first().waitFor({ timeout: 30_000 });
    // the planted story: the declining street leads the vacancy ranking of the high streets
    expect(await page.getByText(/la rue de Béthune a le taux de vacance le plus élevé/).count()).toBeGreaterThanOrEqual(
      1,
    );

    // map -> street: Wazemmes picked on the map lists its streets
    await page.locator('app-leaflet-map button.area-button', { hasText: 'Wazemmes' }).click();
    await page
      .getByRole('heading', { name: 'Les rues commerçantes du quartier Wazemmes' })
      .waitFor({ timeout: 10_000 });
    await page.getByRole('link', { name: 'rue Léon Gambetta', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: 'rue Léon Gambetta' }).waitFor({ timeout: 30_000 });
    expect(page.url()).toContain('/commerce/rues/rue%20L%C3%A9on%20Gambetta');
    expect(page.url()).toContain('commune=59350');
    await page.getByText('Histoire des locaux').waitFor();
    // without an account the history of each premises is replaced by an offer to sign in
    await page.locator('section[aria-labelledby="street-timeline"] .reserved').waitFor();
    expect(await page.locator('app-chart-card').count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: 'e2e/screenshots/commerce-street.png', fullPage: true });

    // street -> impact analysis of its works
    const works = page.locator('#street-interventions ~ ul li', {
      hasText: 'Requalification de la rue Léon Gambetta',
    });
    await works.getByRole('link', { name: 'analyser leur impact sur la fréquentation' }).click();

    const sentence = page.locator('.impact-sentence');
    await sentence.waitFor({ timeout: 60_000 });
    expect(page.url()).toContain('intervention=LIL-INT-001');
    expect(await page.locator('select[name="intervention"]').inputValue()).toBe('LIL-INT-001');
    const text = (await sentence.innerText()).replace(/[\u00a0\u202f]/g, ' ');
    // the demo's works cut footfall by about a third, then lifted it: the sentence says it, and on how many days
    expect(text).toMatch(/^Pendant « Requalification de la rue Léon Gambetta/);
    expect(text).toMatch(/la fréquentation des \d+ compteurs de la zone a baissé de \d+,\d %/);
    expect(text).toMatch(
      /effet propre estimé -\d+,\d % \(intervalle à 95 % : -\d+,\d % à -\d+,\d %\), sur \d+ jours comparés\./,
    );
    expect(text).toContain('Après la fin : effet +');
    await scrollThrough(page);
    await page.locator('app-chart-card canvas').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('table caption', { hasText: 'Avant, pendant, après' }).count()).toBe(1);
    await page.screenshot({ path: 'e2e/screenshots/commerce-impact.png', fullPage: true });
    expect(errors).toEqual([]);
  }, 180_000);

  it('shows the flows: counters with their completeness, the year against the last, a zone hour by hour', async () => {
    await page.goto(`${dashboard.url}/commerce/flux?commune=59350&year=2025`);

    await page.getByRole('heading', { level: 1, name: 'Flux et fréquentation' }).waitFor({ timeout: 30_000 });
    await page.locator('table caption', { hasText: 'Compteurs, passages et complétude' }).waitFor({ timeout: 30_000 });
    // the year against the last follows the page (its summary reads "Chargement…" meanwhile)
    const yearOnYear = page.getByText(
      /par rapport aux mêmes jours de semaine de l’année précédente, sur \d+ jours comparés/,
    );
    await yearOnYear.first().waitFor({ timeout: 30_000 });
    expect(await yearOnYear.first().innerText()).toMatch(/sur \d+ jours comparés/);

    await page.getByLabel('Zone', { exact: true }).selectOption('Wazemmes');
    await page.getByRole('heading', { name: 'Semaine type 2025 : Wazemmes' }).waitFor({ timeout: 30_000 });
    const peak = page.getByText(/Wazemmes : pic le \w+ à \d+ h/);
    await peak.first().waitFor({ timeout: 30_000 });
    expect(await peak.first().innerText()).toMatch(/pic le \w+ à \d+ h/);
    await page.screenshot({ path: 'e2e/screenshots/commerce-flows.png', fullPage: true });
  }, 120_000);
});
