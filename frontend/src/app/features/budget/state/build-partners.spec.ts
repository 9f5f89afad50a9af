import { COMPARISON_FIXTURE, STRUCTURE_FIXTURE } from '../data-access/budget-rows.fixture';
import { buildPartnerCharts, buildPartnersTable, buildStructureChart } from './build-partners';

describe('partner communes', () => {
  it('puts the same ratios side by side in a table', () => {
    const table = buildPartnersTable(COMPARISON_FIXTURE, 2025, 'fr');

    expect(table.rows.map((r) => [r['commune'], r['savingsRate'], r['debtCapacity']])).toEqual([
      ['Lille', 0.122, 4.7],
      ['Roubaix', 0.064, 14.18],
    ]);
  });

  it('compares each ratio in bars, the commune of the header highlighted, with a sentence on the extremes', () => {
    const [savings, capacity] = buildPartnerCharts(COMPARISON_FIXTURE, 'Lille', 2025, 'fr');

    expect(savings.summary).toBe(
      "Taux d'épargne brute en 2025 : valeur la plus élevée à Lille (12,2 %), la plus faible à Roubaix (6,4 %).",
    );
    expect(capacity.heading).toBe('Capacité de désendettement (années)');
    const [bars] = savings.options.series as { data: unknown[] }[];
    expect(bars.data).toContain(jasmine.objectContaining({ value: 0.122 }));
  });

  it('stacks spending per inhabitant by chapter, the highest-spending commune on top', () => {
    const chart = buildStructureChart(STRUCTURE_FIXTURE, 'nature', 2025, 'fr');

    expect((chart.options.yAxis as { data: string[] }).data).toEqual(['Roubaix', 'Lille']);
    expect((chart.options.series as { name: string }[]).map((s) => s.name)).toEqual([
      '011 Charges à caractère général',
      '012 Charges de personnel',
    ]);
    expect(chart.rows).toEqual([
      { commune: 'Roubaix', '011': 347, '012': 938 },
      { commune: 'Lille', '011': 487, '012': 1160 },
    ]);
    expect(chart.summary).toBe(
      'Dépenses de fonctionnement par habitant en 2025 : valeur la plus élevée à Lille (1 647 €), la plus faible à Roubaix (1 285 €).',
    );
  });
});
