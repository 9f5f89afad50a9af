import { partsOf } from './chart-parts';

describe('partsOf', () => {
  it('names the chart types a chart draws, once each', () => {
    expect(
      partsOf({
        series: [
          { type: 'bar', data: [1] },
          { type: 'line', data: [2] },
          { type: 'bar', data: [3] },
        ],
      }),
    ).toEqual(['bar', 'line']);
  });

  it('adds the rarer components an option uses: a visual map, mark areas', () => {
    expect(
      partsOf({
        visualMap: { min: 0, max: 10 },
        series: { type: 'heatmap', data: [], markArea: { data: [] } },
      }),
    ).toEqual(['heatmap', 'markArea', 'visualMap']);
  });

  it('needs nothing more for an empty chart', () => {
    expect(partsOf({})).toEqual([]);
  });
});
