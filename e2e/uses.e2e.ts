import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AGENT, createAccounts, ELECTED, signIn } from './accounts';
import { axeViolations } from './axe';
import { launchChromium } from './browser';
import { scrollThrough } from './scroll';
import { startDashboard, type RunningDashboard } from './server';

const repo = path.resolve(import.meta.dirname, '..');
const shots = path.join(repo, 'e2e', 'screenshots');
const viewport = { width: 1366, height: 900 };

/** The three uses of Pilotage, end to end, on the demo city, and an accessibility scan of the main pages. */
describe('the three ways people use Pilotage', () => {
  let dashboard: RunningDashboard;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dashboard = await startDashboard();
    await createAccounts(dashboard, [AGENT, ELECTED]);
    browser = await launchChromium();
    fs.mkdirSync(shots, { recursive: true });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await dashboard?.stop();
  }, 60_000);
  afterEach(async () => context?.close());

  async function open(as: typeof AGENT | null, lang: 'fr' | 'en' = 'fr'): Promise<Page> {
    // bypassCSP: the accessibility scan injects axe-core, which the app's Content-Security-Policy would refuse.
    context = await browser.newContext({
      viewport,
      locale: lang === 'fr' ? 'fr-FR' : 'en-GB',
      reducedMotion: 'reduce',
      bypassCSP: true,
    });
    // the language a reader chose is remembered in the browser (see LanguageStorage)
    if (lang === 'en') await context.addInitScript(() => localStorage.setItem('pilotage.lang', 'en'));
    if (as) await signIn(context, dashboard, as);
    page = await context.newPage();
    return page;
  }

  // The council brief (its document, its PDF downloaded from the server) is walked in brief-and-meeting.e2e.ts.

  it('neighbourhood meeting: a quartier presented to the public, slide by slide with the keyboard, no internal request', async () => {
    await open(null);
    const requests: string[] = [];
    const refused: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('response', (response) => {
      if (response.status() === 401 || response.status() === 403)
        refused.push(`${response.status()} ${response.url()}`);
    });

    await page.goto(`${dashboard.url}/presentation?commune=59350&year=2025`);
    await page.getByRole('button', { name: 'Fives' }).click();
    await page.getByRole('heading', { level: 2, name: 'Fives' }).waitFor({ timeout: 60_000 });
    const counter = page.locator('.counter');
    expect(await counter.innerText()).toBe('Diapositive 1 sur 6');

    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 2, name: 'Ce que la ville investit ici' }).waitFor();
    expect(await page.locator('.slide .sentence').first().innerText()).toMatch(
      /^En 2025, (la ville a investi|aucun investissement)/,
    );
    await page.locator('.slide .leaflet-overlay-pane path').first().waitFor();
    await page.screenshot({ path: path.join(shots, 'presentation-investment.png') });

    // the slide's map may hold the keyboard focus once drawn (Leaflet): give it back to the slide, as a presenter would
    await page.locator('.slide h2').click();
    await page.keyboard.press('PageDown');
    await page
      .locator('.slide h2', {
        hasText: 'Les bâtiments municipaux et leurs frais de fonctionnement',
      })
      .waitFor({ timeout: 10_000 });
    expect(await page.locator('.slide h2').innerText()).toBe(
      'Les bâtiments municipaux et leurs frais de fonctionnement',
    );
    await page.keyboard.press('ArrowDown');
    await page.locator('.slide h2', { hasText: 'Les travaux : en cours et terminés' }).waitFor({ timeout: 10_000 });
    expect(await page.locator('.slide h2').innerText()).toBe('Les travaux : en cours et terminés');
    await page.keyboard.press('ArrowRight');
    await page.locator('.slide h2', { hasText: 'Commerces et fréquentation' }).waitFor({ timeout: 10_000 });
    expect(await page.locator('.slide h2').innerText()).toBe('Commerces et fréquentation');
    await page.screenshot({ path: path.join(shots, 'presentation-shops.png') });
    await page.keyboard.press('End');
    await page.locator('.counter', { hasText: 'Diapositive 6 sur 6' }).waitFor({ timeout: 10_000 });
    expect(await counter.innerText()).toBe('Diapositive 6 sur 6');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageUp');
    await page.locator('.counter', { hasText: 'Diapositive 4 sur 6' }).waitFor({ timeout: 10_000 });
    expect(await counter.innerText()).toBe('Diapositive 4 sur 6');
    await page.keyboard.press('Home');
    await page.locator('.counter', { hasText: 'Diapositive 1 sur 6' }).waitFor({ timeout: 10_000 });
    expect(await counter.innerText()).toBe('Diapositive 1 sur 6');
    expect(page.url()).toContain('quartier=');

    await page.keyboard.press('Escape');
    await page.waitForURL(/\/quartiers\?/);

    expect(refused).withContext('no request refused for want of an account').toEqual([]);
    const internal = requests.filter((url) =>
      /\/api\/v1\/(alerts|fluids\/alerts|imports|comments|fluids\/buildings|commerce\/streets\/timeline|auth\/login)/.test(
        url,
      ),
    );
    expect(internal).withContext('no internal endpoint called').toEqual([]);
  }, 120_000);

  it('alerts centre: an agent sees every family, takes the footfall drop in hand with a note, and sets a threshold', async () => {
    await open(AGENT);
    await page.goto(`${dashboard.url}/alerts?commune=59350&year=2025`);
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });

    // the planted story: rue de Béthune's counter loses a quarter of its walkers at once in May 2026
    // (the small demo city of the tests has too few shops per street for a vacancy alert: its section says so)
    const vacancy = page.locator('section[aria-labelledby="alerts-commerce"]');
    const flows = page.locator('section[aria-labelledby="alerts-flows"]');
    const programmes = page.locator('section[aria-labelledby="alerts-budget"]');
    await flows.locator('tbody tr').first().waitFor({ timeout: 60_000 });
    expect(await vacancy.innerText()).toContain('Commerce : vacance');
    const drop = flows.locator('tbody tr', { hasText: 'rue de Béthune' });
    await drop.waitFor();
    expect((await drop.innerText()).replace(/[\u00a0\u202f]/g, ' ')).toMatch(/fréquentation -\d+,\d % sur un an/);
    expect(await programmes.locator('tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots, 'alerts.png'), fullPage: true });

    await drop.getByRole('textbox').fill('Fermeture de l’enseigne du n° 12 : rencontre du bailleur prévue');
    await drop.getByRole('button', { name: /^Prendre en charge/ }).click();
    await drop.getByRole('button', { name: /^Annuler la prise en charge/ }).waitFor({ timeout: 30_000 });
    await page.getByLabel('Prises en charge').check();
    await page.waitForLoadState('networkidle'); // the acknowledged alerts have been read again
    const taken = flows.locator('tbody tr', { hasText: 'rue de Béthune' });
    await taken.getByText('Fermeture de l’enseigne du n° 12').waitFor({ timeout: 30_000 });
    expect(await taken.innerText()).toContain(AGENT.email);

    // withdrawn, the alert is open again; a footfall threshold of 50 % empties the list, 20 % brings it back
    await taken.getByRole('button', { name: /^Annuler la prise en charge/ }).click();
    await taken.getByRole('button', { name: /^Prendre en charge/ }).waitFor({ timeout: 30_000 });
    await page.getByLabel('À traiter').check();
    await page.waitForLoadState('networkidle');
    await drop.waitFor({ timeout: 30_000 });
    const field = page.getByLabel(/^Nouveau seuil : Baisse de fréquentation d’un site/);
    const save = page.getByRole('button', {
      name: /^Enregistrer : Baisse de fréquentation d’un site/,
    });
    await field.fill('50');
    await save.click();
    await page.getByText(/Seuil «\s*Baisse de fréquentation d’un site\s*» enregistré/).waitFor({ timeout: 30_000 });
    await flows.getByText('Aucune baisse de fréquentation pour ce filtre.').waitFor({ timeout: 30_000 });
    await field.fill('20');
    await save.click();
    await drop.waitFor({ timeout: 30_000 });
  }, 180_000);

  it('finance desk: sign in, a refused file reported line by line, a good one imported, seen in the history, rolled back', async () => {
    await open(null);
    await page.goto(`${dashboard.url}/imports?commune=59350&year=2025`);
    await page.waitForURL(/\/login\?returnUrl=%2Fimports/);
    expect(await page.locator('.notice').innerText()).toBe('Cette page est réservée aux personnes connectées.');
    await page.getByLabel('Adresse électronique').fill(AGENT.email);
    await page.getByLabel('Mot de passe').fill(AGENT.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Imports de données' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('app-account-menu .name').innerText()).toBe(AGENT.email);

    await page.getByLabel('Type de données').selectOption('degree-days');
    // A file as a spreadsheet exports it: Windows-1252, ";" separated, decimal commas; two bad lines.
    const bad = iconv.encode(
      'mois;dju;station\r\n11/2026;310,5;Lille-Lesquin (aéroport)\r\n2026-13;390,2;Lille-Lesquin\r\n01/2027;beaucoup;Lille-Lesquin\r\n',
      'win1252',
    );
    await page.getByLabel('Fichier').setInputFiles({ name: 'dju-décembre.csv', mimeType: 'text/csv', buffer: bad });
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    const report = page.locator('app-validation-report');
    await report.locator('.summary').waitFor({ timeout: 30_000 });
    expect(await report.locator('.summary').innerText()).toBe(
      'Fichier refusé : 2 problèmes sur 2 lignes. Rien n’a été écrit. Corrigez le fichier puis vérifiez-le à nouveau.',
    );
    const issues = await report.locator('tbody tr').allInnerTexts();
    expect(issues.length).toBe(2);
    expect(issues[0]).toMatch(/^3\s+month\s+2026-13\s+mois illisible/);
    expect(issues[1]).toMatch(/^4\s+dju\s+beaucoup\s+/);
    expect(await report.getByRole('button', { name: 'Importer ce fichier' }).count()).toBe(0);
    await page.screenshot({ path: path.join(shots, 'imports-refused.png'), fullPage: true });

    const good = iconv.encode(
      'mois;dju;station\r\n11/2026;310,5;Lille-Lesquin (aéroport)\r\n12/2026;390,2;Lille-Lesquin (aéroport)\r\n',
      'win1252',
    );
    await page.getByLabel('Fichier').setInputFiles({ name: 'dju-fin-2026.csv', mimeType: 'text/csv', buffer: good });
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await report.getByText('Fichier vérifié : 2 lignes lisibles, aucun problème. Rien n’a encore été écrit.').waitFor();
    await report.getByRole('button', { name: 'Importer ce fichier' }).click();
    await report.getByText(/^Import réussi : 2 lignes lues, 2 écrites/).waitFor({ timeout: 30_000 });

    const latest = page.locator('app-import-history tbody tr').first();
    await latest.getByText('dju-fin-2026.csv').waitFor();
    expect(await latest.innerText()).toContain(AGENT.email);
    expect(await latest.innerText()).toContain('Importé');
    expect(await latest.innerText()).toContain('Degrés-jours unifiés');
    await page.screenshot({ path: path.join(shots, 'imports-landed.png'), fullPage: true });

    await latest.getByRole('button', { name: /Annuler l’import n° \d+ \(dju-fin-2026\.csv\)/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Annuler cet import ?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Annuler l’import' }).click();
    const outcome = page.locator('#imports-history ~ p.state');
    await outcome.waitFor({ timeout: 60_000 });
    expect(await outcome.innerText()).toMatch(
      /^Import n° \d+ annulé : 0 ligne remise à sa valeur précédente, 2 supprimées\.$/,
    );
    await latest.getByText('Annulé').waitFor();
    // The file refused at the check was never recorded: a dry run writes nothing, not even a history line.
    expect(await page.locator('app-import-history tbody tr', { hasText: 'dju-décembre.csv' }).count()).toBe(0);
  }, 180_000);

  describe('accessibility (axe-core, WCAG 2.1 A and AA): no serious or critical violation, in French and in English', () => {
    const q = '?commune=59350&year=2025';
    const pages: { name: string; path: string; ready: string; as?: typeof AGENT }[] = [
      { name: 'overview', path: `/overview${q}`, ready: 'app-kpi-card' },
      { name: 'quartiers', path: `/quartiers${q}`, ready: 'app-leaflet-map' },
      { name: 'budget', path: `/budget${q}`, ready: 'app-kpi-card' },
      { name: 'budget programmes', path: `/budget/programmes${q}`, ready: 'app-chart-card' },
      { name: 'budget places', path: `/budget/quartiers${q}`, ready: 'app-leaflet-map' },
      { name: 'budget partners', path: `/budget/comparaison${q}`, ready: 'app-chart-card' },
      { name: 'fluids (public)', path: `/fluids${q}`, ready: 'app-kpi-card' },
      {
        name: 'fluids décret tertiaire (public)',
        path: `/fluids/decret-tertiaire${q}`,
        ready: 'app-chart-card',
      },
      { name: 'fluids alerts (public)', path: `/fluids/alertes${q}`, ready: 'app-sign-in-offer' },
      { name: 'fluids (agent)', path: `/fluids${q}`, ready: 'app-alert-list', as: AGENT },
      {
        name: 'fluids alerts (agent)',
        path: `/fluids/alertes${q}`,
        ready: 'app-alert-list',
        as: AGENT,
      },
      {
        name: 'fluids building',
        path: `/fluids/batiments/LIL-ECO-023${q}`,
        ready: 'app-chart-card',
        as: AGENT,
      },
      {
        name: 'fluids décret tertiaire (agent)',
        path: `/fluids/decret-tertiaire${q}`,
        ready: 'app-data-table',
        as: AGENT,
      },
      { name: 'fluids rules', path: `/fluids/regles${q}`, ready: 'form', as: AGENT },
      { name: 'commerce', path: `/commerce${q}`, ready: 'h1' },
      { name: 'commerce flows', path: `/commerce/flux${q}`, ready: 'app-leaflet-map' },
      { name: 'commerce impact', path: `/commerce/impact${q}`, ready: 'app-chart-card' },
      {
        name: 'commerce street',
        path: `/commerce/rues/rue%20de%20B%C3%A9thune${q}`,
        ready: 'app-chart-card',
      },
      { name: 'brief', path: `/brief${q}`, ready: '.doc-title', as: ELECTED },
      { name: 'presentation', path: `/presentation${q}&quartier=2&slide=2`, ready: '.slide h2' },
      { name: 'login', path: '/login', ready: 'form' },
      { name: 'alerts', path: `/alerts${q}`, ready: 'app-fluids-alert-table', as: AGENT },
      { name: 'imports', path: `/imports${q}`, ready: 'app-upload-form', as: AGENT },
    ];
    for (const lang of ['fr', 'en'] as const) {
      for (const target of pages) {
        it(`${target.name} (${lang})`, async () => {
          await open(target.as ?? null, lang);
          await page.goto(`${dashboard.url}${target.path}`);
          await page.locator(target.ready).first().waitFor({ timeout: 60_000 });
          await page.waitForLoadState('networkidle');
          expect(await page.locator('html').getAttribute('lang')).toBe(lang);
          // charts and maps are drawn once in view: the scan looks at them too
          await scrollThrough(page);
          expect(await axeViolations(page))
            .withContext(`${target.path} (${lang})`)
            .toEqual([]);
        }, 90_000);
      }
    }
  });

  describe('on a phone (390 px): the page starts on the first screen, and nothing is wider than the screen', () => {
    const q = '?commune=59350&year=2025';
    const routes = [
      '/overview',
      '/budget',
      '/budget/programmes',
      '/fluids',
      '/fluids/decret-tertiaire',
      '/commerce',
      '/commerce/flux',
      '/commerce/impact',
      '/quartiers',
      '/alerts',
      '/imports',
    ];
    it('every page', async () => {
      context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: 'fr-FR',
        reducedMotion: 'reduce',
      });
      await signIn(context, dashboard, AGENT);
      page = await context.newPage();
      for (const route of routes) {
        await page.goto(`${dashboard.url}${route}${q}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
        await page.waitForLoadState('networkidle');
        const { overflow, headingTop } = await page.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          headingTop: document.querySelector('h1')!.getBoundingClientRect().top,
        }));
        expect(overflow).withContext(`${route}: wider than the screen by`).toBeLessThanOrEqual(0);
        expect(headingTop).withContext(`${route}: where the page's title starts`).toBeLessThan(250);
        if (route === '/overview') await page.screenshot({ path: path.join(shots, 'phone-overview.png') });
      }
      // the menu opens on the selectors and the pages, and closes when a page is chosen
      const menu = page.getByRole('button', { name: 'Menu' });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      await menu.click();
      await page.getByRole('link', { name: 'Budget', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Budget' }).waitFor({ timeout: 30_000 });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
    }, 240_000);
  });
});
