import { comparisonPeriodLabel, dateLabel, periodLabel, rowPeriodLabel } from './period-label';

describe('period labels of the KPI catalogue', () => {
  it('names a whole year by its number, a year in progress by its months, a month by itself', () => {
    expect(periodLabel('2025-01-01', '2025-12-31', 'fr')).toBe('2025');
    expect(periodLabel('2026-01-01', '2026-10-31', 'fr')).toBe('janv.–oct. 2026');
    expect(periodLabel('2026-10-01', '2026-10-31', 'fr')).toBe('oct. 2026');
    expect(periodLabel('2026-01-01', '2026-10-31', 'en')).toBe('Jan–Oct 2026');
  });

  it('says a stock at its date, as the brief prints it', () => {
    expect(dateLabel('2026-10-31', 'fr')).toBe('au 31 oct. 2026');
    expect(rowPeriodLabel({ period_kind: 'date', period_start: '2026-01-01', period_end: '2026-10-31' }, 'fr')).toBe(
      'au 31 oct. 2026',
    );
  });

  it('compares a stock with its date twelve months before, a whole year with its number', () => {
    const stock = { period_kind: 'date' as const, comparison_start: '2025-01-01' };
    expect(comparisonPeriodLabel({ ...stock, comparison_end: '2025-10-31' }, 'fr')).toBe('31 oct. 2025');
    expect(comparisonPeriodLabel({ ...stock, comparison_end: '2025-12-31' }, 'fr')).toBe('2025');
    expect(
      comparisonPeriodLabel(
        { period_kind: 'year', comparison_start: '2025-01-01', comparison_end: '2025-10-31' },
        'fr',
      ),
    ).toBe('janv.–oct. 2025');
    expect(comparisonPeriodLabel({ comparison_start: null, comparison_end: null }, 'fr')).toBeNull();
  });
});
