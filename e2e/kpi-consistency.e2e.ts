import { createAccounts, ELECTED } from './accounts';
import { startDashboard, type RunningDashboard } from './server';

/**
 * One number per KPI, everywhere (issue 12): on the demo city, every headline figure is read from each place the API
 * serves it (the overview, the family pages' endpoints, the alerts centre, the brief when it exists) and compared
 * with the KPI catalogue's row (GET /kpis): same value, same unit, same period. A whole year (2025) and the year in
 * progress (2026, January to its latest month) are both checked.
 */
describe('the KPI catalogue and every page that shows a headline figure, on the demo city', () => {
  const commune = '59350';
  let dashboard: RunningDashboard;
  let staff: Record<string, string> = {};

  type Row = Record<string, any>;
  const get = async (path: string, headers: Record<string, string> = {}): Promise<any> => {
    const response = await fetch(`${dashboard.url}/api/v1${path}`, { headers });
    expect(response.status).withContext(path).toBe(200);
    return response.json();
  };
  const catalogue = async (year: number, family?: string): Promise<Row[]> =>
    get(`/kpis?commune=${commune}&year=${year}${family ? `&family=${family}` : ''}`);
  const kpi = (rows: Row[], indicator: string, subject: string | null = null): Row => {
    const row = rows.find((r) => r['indicator'] === indicator && r['subject_id'] === subject);
    expect(row)
      .withContext(`catalogue row ${indicator} ${subject ?? ''}`)
      .toBeDefined();
    return row!;
  };

  beforeAll(async () => {
    dashboard = await startDashboard();
    await createAccounts(dashboard, [ELECTED]);
    const login = await fetch(`${dashboard.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ELECTED.email, password: ELECTED.password }),
    });
    expect(login.status).toBe(200);
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);
    staff = { cookie: cookies.join('; ') };
  }, 240_000);
  afterAll(async () => dashboard?.stop(), 60_000);

  for (const year of [2025, 2026]) {
    it(`gives the overview the catalogue's figures of ${year}, with the catalogue's period`, async () => {
      const rows = await catalogue(year);
      const overview: Row = (await get(`/overview?commune=${commune}`)).find((r: Row) => r['year'] === year);
      const pairs: [string, string][] = [
        ['fluids_cost_eur', 'fluids_cost'],
        ['fluids_kwh', 'energy'],
        ['vacancy_rate', 'vacancy_rate'],
        ['footfall', 'footfall'],
      ];
      if (year === 2025)
        pairs.push(
          ['operating_expenses_eur', 'depenses_fonctionnement'],
          ['investment_expenses_eur', 'depenses_equipement'],
        );
      for (const [column, indicator] of pairs)
        expect(overview[column]).withContext(`${year} overview ${column}`).toBe(kpi(rows, indicator)['value']);

      const cost = kpi(rows, 'fluids_cost');
      if (year === 2026) {
        // the year in progress: January to the latest month, against the same months of 2025, never a full year
        expect([cost['complete'], cost['period_start'], cost['comparison_start']]).toEqual([
          false,
          '2026-01-01',
          '2025-01-01',
        ]);
        expect(cost['comparison_end']).toBe(cost['period_end'].replace('2026', '2025'));
        expect(cost['months_covered']).toBeLessThan(12);
      } else {
        expect([cost['complete'], cost['months_covered']]).toEqual([true, 12]);
      }
    });

    it(`gives each family page the same rows as the catalogue in ${year}`, async () => {
      const all = await catalogue(year);
      for (const family of ['budget', 'fluids', 'commerce', 'flows', 'alerts']) {
        const rows = await catalogue(year, family);
        expect(rows)
          .withContext(family)
          .toEqual(all.filter((r) => r['family'] === family));
      }
    });
  }

  for (const year of [2025, 2026]) {
    it(`prints in the council brief of ${year} the catalogue's figures, units, periods and statuses`, async () => {
      const rows = await catalogue(year);
      const brief: Row = await get(`/brief?commune=${commune}&year=${year}`, staff);
      const figures: Row[] = brief['sections'].flatMap((section: Row) => section['figures']);
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) {
        const row = kpi(rows, figure['indicator']);
        const what = `${year} brief ${figure['indicator']}`;
        expect([figure['value'], figure['unit'], figure['complete'], figure['change'], figure['status']])
          .withContext(what)
          .toEqual([row['value'], row['unit'], row['complete'], row['change'], row['status']]);
        // the period the brief prints is the catalogue's: its year, or January to the latest month
        if (row['period_kind'] === 'year') {
          const label = figure['period_label'].replace(/\u00a0/g, ' ');
          if (row['complete']) expect(label).withContext(what).toBe(String(year));
          else
            expect(label)
              .withContext(what)
              .toMatch(new RegExp(`^janv\\.–\\S+ ${year}$`));
        }
      }
    });
  }

  it('reads the budget ratios of the budget page as the catalogue gives them, with the same unit', async () => {
    const rows = await catalogue(2025, 'budget');
    const ratios: Row = await get(`/budget/ratios?commune=${commune}&year=2025`);
    const pairs: [string, string, string][] = [
      ['epargne_brute', 'epargne_brute', 'EUR'],
      ['taux_epargne_brute', 'taux_epargne_brute', 'fraction'],
      ['epargne_nette', 'epargne_nette', 'EUR'],
      ['capacite_desendettement_annees', 'capacite_desendettement', 'years'],
      ['encours_dette', 'encours_dette', 'EUR'],
      ['depenses_reelles_fonctionnement', 'depenses_fonctionnement', 'EUR'],
    ];
    for (const [column, indicator, unit] of pairs) {
      expect(ratios[column]).withContext(column).toBe(kpi(rows, indicator)['value']);
      expect(kpi(rows, indicator)['unit']).withContext(indicator).toBe(unit);
    }
    // amounts change relatively, rates in points: never mixed
    expect(kpi(rows, 'epargne_brute')['change_kind']).toBe('relative');
    expect(kpi(rows, 'taux_epargne_brute')['change_kind']).toBe('points');
  });

  it('reads the fluids page’s yearly totals as the catalogue gives them: the bill, the energy metered and corrected', async () => {
    const years: Row[] = await get(`/fluids/commune-years?commune=${commune}`);
    for (const year of [2025, 2026]) {
      const rows = await catalogue(year, 'fluids');
      const all = years.find((r) => r['fluid'] === 'all' && r['year'] === year)!;
      const energy = years.find((r) => r['fluid'] === 'energy' && r['year'] === year)!;
      expect(all['amount_eur']).withContext(`${year} bill`).toBe(kpi(rows, 'fluids_cost')['value']);
      expect(energy['quantity']).withContext(`${year} energy`).toBe(kpi(rows, 'energy')['value']);
      expect(energy['corrected_quantity'])
        .withContext(`${year} corrected energy`)
        .toBe(kpi(rows, 'energy_corrected')['value']);
      // two indicators, and the label says which is corrected
      expect(kpi(rows, 'energy')['weather_corrected']).toBeFalse();
      expect(kpi(rows, 'energy_corrected')['weather_corrected']).toBeTrue();
      expect(kpi(rows, 'energy_corrected')['label']).toContain('corrigée du climat');
    }
  });

  it('reads the vacancy rate of the commerce page at 31 December as the catalogue gives it', async () => {
    const rows = await catalogue(2025, 'commerce');
    const vacancy = kpi(rows, 'vacancy_rate');
    const page: Row = await get(`/commerce/overview?commune=${commune}&date=${vacancy['period_end']}`);
    expect(page['vacancy']['vacancy_rate']).toBe(vacancy['value']);
    expect(page['year_before']['vacancy']['vacancy_rate']).toBe(vacancy['comparison_value']);
    expect(vacancy['change_kind']).toBe('points');
  });

  it('counts the open alerts of the alerts centre by their one severity, as the catalogue does', async () => {
    const alerts: Row[] = await get(`/alerts?commune=${commune}&status=open&limit=500`, staff);
    const year = (await catalogue(2026, 'alerts')).length ? 2026 : 2025;
    const rows = await catalogue(year, 'alerts');
    for (const severity of ['high', 'medium']) {
      expect(alerts.filter((a) => a['severity'] === severity).length)
        .withContext(severity)
        .toBe(kpi(rows, `open_alerts_${severity}`)['value']);
    }
  });

  it('says in each alert the change from its reference to its current value, and a street’s the catalogue’s', async () => {
    const alerts: Row[] = await get(`/alerts?commune=${commune}&status=all&limit=500`, staff);
    for (const alert of alerts.filter((a) => a['kind'] === 'vacancy_spike')) {
      // "+7,3 points (20,0 % → 27,3 %)": the points are the difference of the two rates shown beside them
      const points = Math.round((alert['current_value'] - alert['reference_value']) * 10000) / 100;
      expect(Math.abs(alert['value'] - points))
        .withContext(alert['alert_key'])
        .toBeLessThan(0.011);
    }
    for (const alert of alerts.filter((a) => a['kind'] === 'footfall_drop')) {
      // the means are shown to one decimal: the fall recomputed from them may differ by the last digit only
      const fall = (1 - alert['current_value'] / alert['reference_value']) * 100;
      expect(Math.abs(alert['value'] - fall))
        .withContext(alert['alert_key'])
        .toBeLessThan(0.11);
      const year = Number(alert['last_month'].slice(0, 4));
      const street = (await catalogue(year, 'flows')).find(
        (r) => r['indicator'] === 'street_footfall' && r['subject_id'] === alert['street'],
      );
      // a street with one counter: its card and chart read the month the alert describes
      if (street && street['period_start'].startsWith(alert['last_month'])) {
        expect(street['value']).withContext(alert['alert_key']).toBe(alert['current_value']);
        expect(street['comparison_value']).withContext(alert['alert_key']).toBe(alert['reference_value']);
      }
    }
  });
});
