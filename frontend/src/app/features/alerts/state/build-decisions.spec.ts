import { FAMILY_ALERTS_FIXTURE } from '../data-access/family-alerts.fixture';
import { ALERTS_FIXTURE, BUDGET_DATA_FIXTURE } from '../data-access/budget-data.fixture';
import { kpiRowFixture } from '../../../shared/kpis/kpi-row.fixture';
import { buildDecisions } from './build-decisions';

describe('buildDecisions', () => {
  it('lists the ratios past their thresholds, then the programmes over budget, late or suspended', () => {
    const decisions = buildDecisions(BUDGET_DATA_FIXTURE, [], 'fr');
    expect(decisions.map((d) => d.id)).toEqual([
      'ratio-savings-rate',
      'ratio-debt-capacity',
      'programme-P1',
      'programme-P2',
      'programme-P4',
    ]);
    expect(decisions[0].text).toBe('Taux d’épargne brute de 9,5 % en 2025, sous le seuil de 10,0 %.');
    expect(decisions[1].text).toBe('Capacité de désendettement de 13 ans en 2025, au-delà du seuil de 12 ans.');
    expect(decisions[2]).toEqual(
      jasmine.objectContaining({
        severity: 'critical',
        text: 'Programme « Piscine de Fives » (Fives) : dépasse son autorisation de programme de 12 M€.',
        link: '/budget/programmes',
      }),
    );
    expect(decisions[3].text).toBe(
      'Programme « École Lakanal » (Wazemmes) : en retard de 6 mois, fin attendue en janvier 2027.',
    );
    expect(decisions[4].text).toBe('Programme « Mairie de quartier » (Fives) : suspendu.');
  });

  it('leaves a finished programme out, whatever its history', () => {
    const decisions = buildDecisions(BUDGET_DATA_FIXTURE, [], 'fr');
    expect(decisions.some((d) => d.id === 'programme-P3')).toBeFalse();
  });

  it('adds the open fluids alerts for staff: the count and cost, then the costliest ones', () => {
    const decisions = buildDecisions(BUDGET_DATA_FIXTURE, ALERTS_FIXTURE, 'fr');
    const fluids = decisions.filter((d) => d.family === 'fluids');
    // Two open alerts: 5 011,06 € + 106,05 € = 5 117 €; the acknowledged one is not counted.
    expect(fluids[0].text).toBe('2 alertes de consommation non traitées, pour un surcoût estimé de 5 117 €.');
    expect(fluids[1].text).toBe('Fuite d’eau probable – École Jules Ferry, depuis septembre 2025 : 5 011 €.');
    expect(fluids[1].link).toBe('/fluids/batiments/LIL-ECO-023');
    expect(fluids.length).toBe(3);
  });

  it('adds for staff the most serious programmes, vacancy and footfall alerts in their family, the rest counted', () => {
    const decisions = buildDecisions(BUDGET_DATA_FIXTURE, [], 'fr', FAMILY_ALERTS_FIXTURE);
    expect(decisions.map((d) => d.id)).toEqual([
      'ratio-savings-rate',
      'ratio-debt-capacity',
      'programme-P1',
      'programme-P2',
      'programme-P4',
      'alert-programme_overrun|LIL-AP-2022-07',
      'alert-programme_slippage|LIL-AP-2024-03',
      'alert-vacancy_spike|rue de Béthune',
      'alerts-more',
    ]);
    const street = decisions.find((d) => d.id === 'alert-vacancy_spike|rue de Béthune')!;
    expect(street).toEqual({
      id: 'alert-vacancy_spike|rue de Béthune',
      family: 'commerce',
      severity: 'critical',
      text: 'Rue de Béthune : vacance +21,6 points en 12 mois (6,7 % → 28,3 %), depuis mars 2026.',
      link: ['/commerce/rues', 'rue de Béthune'],
    });
    // The footfall drop (medium) comes fourth: counted, with the way to the alerts centre.
    expect(decisions[decisions.length - 1]).toEqual(
      jasmine.objectContaining({
        severity: 'info',
        text: 'Et 1 autre alerte de programmes, de vacance ou de fréquentation à traiter, dans le centre des alertes.',
        link: '/alerts',
      }),
    );
  });

  it('does not tell twice a programme the public figures already flag, nor an alert taken in hand', () => {
    const data = {
      ...BUDGET_DATA_FIXTURE,
      programmes: BUDGET_DATA_FIXTURE.programmes.map((p) =>
        p.programme_id === 'P1' ? { ...p, programme_id: 'LIL-AP-2022-07' } : p,
      ),
    };
    const ids = buildDecisions(data, [], 'fr', FAMILY_ALERTS_FIXTURE).map((d) => d.id);
    expect(ids).toContain('programme-LIL-AP-2022-07');
    expect(ids).not.toContain('alert-programme_overrun|LIL-AP-2022-07');
    expect(ids).not.toContain('alert-programme_slippage|LIL-AP-2023-02');
    expect(ids.slice(-3)).toEqual([
      'alert-programme_slippage|LIL-AP-2024-03',
      'alert-vacancy_spike|rue de Béthune',
      'alert-footfall_drop|LIL-PED-03',
    ]);
  });

  it('says each ratio with the level the catalogue judged it past, and the year of its row', () => {
    const data = {
      ...BUDGET_DATA_FIXTURE,
      kpis: [
        // 6,5 % under the commune's own 6,8 % alert level: critical, said against that level
        kpiRowFixture({
          indicator: 'taux_epargne_brute',
          year: 2024,
          value: 0.065,
          unit: 'fraction',
          status: 'alert',
          threshold: 0.068,
          watch_threshold: 0.09,
          threshold_source: 'commune',
        }),
        kpiRowFixture({ indicator: 'capacite_desendettement', year: 2024, value: 11, unit: 'years', status: 'ok' }),
        kpiRowFixture({ indicator: 'epargne_nette', year: 2024, value: -1_500_000, unit: 'EUR', status: 'alert' }),
      ],
    };
    const ratios = buildDecisions(data, [], 'fr').filter((d) => d.id.startsWith('ratio-'));
    expect(ratios.map((d) => [d.id, d.severity])).toEqual([
      ['ratio-savings-rate', 'critical'],
      ['ratio-net-savings', 'critical'],
    ]);
    expect(ratios[0].text).toBe('Taux d’épargne brute de 6,5 % en 2024, sous le seuil de 6,8 %.');
  });

  it('takes each programme’s severity from the alerts centre, whatever its figures', () => {
    const data = {
      ...BUDGET_DATA_FIXTURE,
      // over its AP, but the alerts centre calls it medium (a small overrun): a warning, not critical
      programmes: BUDGET_DATA_FIXTURE.programmes.map((p) =>
        p.programme_id === 'P1' ? { ...p, severity: 'medium' as const } : p,
      ),
    };
    const p1 = buildDecisions(data, [], 'fr').find((d) => d.id === 'programme-P1')!;
    expect(p1.severity).toBe('warning');
  });

  it('flags the vacancy rate the catalogue judges past a level, with that level', () => {
    const data = {
      ...BUDGET_DATA_FIXTURE,
      kpis: [
        kpiRowFixture({
          family: 'commerce',
          indicator: 'vacancy_rate',
          value: 0.11,
          unit: 'fraction',
          status: 'alert',
          threshold: 0.1,
          watch_threshold: 0.075,
        }),
      ],
    };
    const vacancy = buildDecisions(data, [], 'fr').find((d) => d.id === 'vacancy')!;
    expect(vacancy.severity).toBe('critical');
    expect(vacancy.text).toBe('Taux de vacance commerciale de 11,0 % en 2025, au-dessus du seuil de 10,0 %.');
  });
});
