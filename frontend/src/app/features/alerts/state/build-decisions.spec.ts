import { FAMILY_ALERTS_FIXTURE } from '../data-access/family-alerts.fixture';
import { ALERTS_FIXTURE, BUDGET_DATA_FIXTURE } from '../data-access/budget-data.fixture';
import { buildDecisions, countBySeverity } from './build-decisions';

describe('buildDecisions', () => {
  it('lists the ratios past their thresholds, then the programmes over budget, late or suspended', () => {
    const decisions = buildDecisions(BUDGET_DATA_FIXTURE, [], 2025, 'fr');
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
    const decisions = buildDecisions(BUDGET_DATA_FIXTURE, [], 2025, 'fr');
    expect(decisions.some((d) => d.id === 'programme-P3')).toBeFalse();
  });

  it('adds the open fluids alerts for staff: the count and cost, then the costliest ones', () => {
    const decisions = buildDecisions(BUDGET_DATA_FIXTURE, ALERTS_FIXTURE, 2025, 'fr');
    const fluids = decisions.filter((d) => d.family === 'fluids');
    // Two open alerts: 5 011,06 € + 106,05 € = 5 117 €; the acknowledged one is not counted.
    expect(fluids[0].text).toBe('2 alertes de consommation non traitées, pour un surcoût estimé de 5 117 €.');
    expect(fluids[1].text).toBe('Fuite d’eau probable – École Jules Ferry, depuis septembre 2025 : 5 011 €.');
    expect(fluids[1].link).toBe('/fluids/batiments/LIL-ECO-023');
    expect(fluids.length).toBe(3);
  });

  it('adds for staff the most serious programmes, vacancy and footfall alerts in their family, the rest counted', () => {
    const decisions = buildDecisions(BUDGET_DATA_FIXTURE, [], 2025, 'fr', FAMILY_ALERTS_FIXTURE);
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
    const ids = buildDecisions(data, [], 2025, 'fr', FAMILY_ALERTS_FIXTURE).map((d) => d.id);
    expect(ids).toContain('programme-LIL-AP-2022-07');
    expect(ids).not.toContain('alert-programme_overrun|LIL-AP-2022-07');
    expect(ids).not.toContain('alert-programme_slippage|LIL-AP-2023-02');
    expect(ids.slice(-3)).toEqual([
      'alert-programme_slippage|LIL-AP-2024-03',
      'alert-vacancy_spike|rue de Béthune',
      'alert-footfall_drop|LIL-PED-03',
    ]);
  });

  it('flags a vacancy rate of 10 % or more', () => {
    const data = {
      ...BUDGET_DATA_FIXTURE,
      overview: BUDGET_DATA_FIXTURE.overview.map((row) => ({
        ...row,
        vacancy_rate: 0.11,
        vacant_premises: 220,
      })),
    };
    const vacancy = buildDecisions(data, [], 2025, 'fr').find((d) => d.id === 'vacancy')!;
    expect(vacancy.text).toBe('Taux de vacance commerciale de 11,0 % en 2025 (220 locaux vides), au-dessus de 10 %.');
  });

  it('counts the decisions by severity for the cover page', () => {
    const counts = countBySeverity(buildDecisions(BUDGET_DATA_FIXTURE, ALERTS_FIXTURE, 2025, 'fr'));
    expect(counts).toEqual({ critical: 1, warning: 5, info: 2 });
    const withFamilies = buildDecisions(BUDGET_DATA_FIXTURE, ALERTS_FIXTURE, 2025, 'fr', FAMILY_ALERTS_FIXTURE);
    // + the Piscine de Fives overrun and the rue de Béthune (critical), a delay (warning), the count (info).
    expect(countBySeverity(withFamilies)).toEqual({ critical: 3, warning: 6, info: 3 });
  });
});
