import { BUDGET_KPIS_2024 } from '../data-access/budget-kpis.fixture';
import { HEALTH_FIXTURE } from '../data-access/budget-rows.fixture';
import { accountsRow, buildBudgetKpis } from './build-budget-kpis';

describe('buildBudgetKpis', () => {
  const kpis = buildBudgetKpis(HEALTH_FIXTURE, BUDGET_KPIS_2024, 2024, 'fr');
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

  it('shows the catalogue’s change: relative for amounts, in points for the savings rate', () => {
    expect(kpi('gross-savings').change).toBe(-0.2);
    expect(kpi('gross-savings').comparedWith).toBe('2023');
    expect(kpi('gross-savings-rate').changeIn).toBe('points');
    expect(kpi('gross-savings-rate').change).toBe(-0.0218);
  });

  it('shows the catalogue’s status, never its own', () => {
    expect(kpi('gross-savings-rate').status).toBe('warn');
    expect(kpi('debt-capacity').status).toBe('warn');
    expect(kpi('investment-execution').value).toBe(0.6);
    expect(kpi('investment-execution').status).toBe('warn');
    expect(kpi('equipment').status).toBeNull();
  });

  it('falls back on the latest accounts before a year still without its CA', () => {
    expect(accountsRow(HEALTH_FIXTURE, 2026)?.year).toBe(2024);
    expect(buildBudgetKpis(HEALTH_FIXTURE, BUDGET_KPIS_2024, 2026, 'fr')[0].value).toBe(12_000_000);
    expect(accountsRow(HEALTH_FIXTURE, 2022)).toBeNull();
  });
});
