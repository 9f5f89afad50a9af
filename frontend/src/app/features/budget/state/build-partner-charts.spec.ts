import { COMPARISON_FIXTURE } from '../data-access/budget-rows.fixture';
import { buildPartnerCharts } from './build-partner-charts';

describe('the partner communes, ratio by ratio', () => {
  it('compares each ratio in bars, the commune of the header highlighted, with a sentence on the extremes', () => {
    const [savings, capacity] = buildPartnerCharts(COMPARISON_FIXTURE, 'Lille', 2025, 'fr');

    expect(savings.summary).toBe(
      "Taux d'épargne brute en 2025 : valeur la plus élevée à Lille (12,2 %), la plus faible à Roubaix (6,4 %).",
    );
    expect(capacity.heading).toBe('Capacité de désendettement (années)');
    const [bars] = savings.options.series as { data: unknown[] }[];
    expect(bars.data).toContain(jasmine.objectContaining({ value: 0.122 }));
  });
});
