import { EXECUTION_FIXTURE } from '../data-access/budget-rows.fixture';
import { buildFunctionChart } from './build-function-chart';

const input = {
  execution: EXECUTION_FIXTURE,
  section: 'F' as const,
  direction: 'D' as const,
  year: 2024,
  lang: 'fr' as const,
};

describe('spending by function', () => {
  it('ranks spending by function as sorted bars named in words, the largest on top, with the share of the first two', () => {
    const chart = buildFunctionChart({ ...input, stage: 'CA' });
    const [bars] = chart.options.series as { type: string; data: number[] }[];
    const names = (chart.options.yAxis as { data: string[] }).data;

    // a category axis reads from the bottom up: the largest last
    expect(bars.type).toBe('bar');
    expect(names.map((name, i) => [name, bars.data[i]])).toEqual([
      ['Enseignement', 52e6],
      ['Services généraux', 78e6],
    ]);
    expect(chart.summary).toBe(
      'En 2024, « Services généraux » pèse 60,0 % des dépenses réalisées (78 M€), devant « Enseignement » (40,0 %).',
    );
    // the table keeps the codes and the sub-functions
    expect(chart.rows.map((row) => String(row['function']).trim())).toEqual([
      '0 Services généraux',
      '2 Enseignement',
      '21 Premier degré',
    ]);
  });
});
