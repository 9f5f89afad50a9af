import { EXECUTION_FIXTURE, HEALTH_FIXTURE, THRESHOLDS_FIXTURE } from '../data-access/budget-rows.fixture';
import { accountsRow, buildBudgetKpis, thresholdStatus } from './build-budget-kpis';

describe('buildBudgetKpis', () => {
  const kpis = buildBudgetKpis(HEALTH_FIXTURE, EXECUTION_FIXTURE, THRESHOLDS_FIXTURE, 2024, 'fr');
  const kpi = (id: string) => kpis.find((k) => k.id === id)!;

  it('gives the health cards of the year, labelled in French, with the execution of investment', () => {
    expect(kpis.map((k) => k.label)).toEqual([
      'Épargne brute',
      "Taux d'épargne brute",
      'Épargne nette',
      'Capacité de désendettement',
      "Exécution de l'investissement",
      "Dépenses d'équipement",
      'Encours de dette au 31/12',
    ]);
    expect(kpi('debt-capacity').value).toBe(12.5);
    expect(kpi('debt-capacity').unit).toBe('ans');
  });

  it('compares with the year before: relative for amounts, in points for the savings rate', () => {
    expect(kpi('gross-savings').change).toBeCloseTo(-0.2, 6); // 12 M€ after 15 M€
    expect(kpi('gross-savings').comparedWith).toBe(2023);
    expect(kpi('gross-savings-rate').changeIn).toBe('points');
    expect(kpi('gross-savings-rate').change).toBeCloseTo(-0.0218, 6);
  });

  it('colours by the thresholds: the view status for the ratios, the threshold table for execution', () => {
    expect(kpi('gross-savings-rate').status).toBe('warn');
    expect(kpi('debt-capacity').status).toBe('warn');
    expect(kpi('investment-execution').value).toBe(0.6);
    expect(kpi('investment-execution').status).toBe('warn'); // 60 % is under 70 %, above 50 %
    expect(kpi('equipment').status).toBeNull();
  });

  it('falls back on the latest accounts before a year still without its CA', () => {
    expect(accountsRow(HEALTH_FIXTURE, 2026)?.year).toBe(2024);
    expect(buildBudgetKpis(HEALTH_FIXTURE, [], THRESHOLDS_FIXTURE, 2026, 'fr')[0].value).toBe(12_000_000);
    expect(accountsRow(HEALTH_FIXTURE, 2022)).toBeNull();
  });

  it('reads thresholds on the side where the danger lies', () => {
    const years = THRESHOLDS_FIXTURE[0];
    expect(thresholdStatus(11.9, years)).toBe('ok');
    expect(thresholdStatus(12.5, years)).toBe('warn');
    expect(thresholdStatus(15.1, years)).toBe('alert');
    expect(thresholdStatus(null, years)).toBeNull();
  });
});
