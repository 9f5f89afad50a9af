import { STRUCTURE_FIXTURE } from '../data-access/budget-rows.fixture';
import { buildStructureChart } from './build-structure-chart';

describe('the spending structure of the partner communes', () => {
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
