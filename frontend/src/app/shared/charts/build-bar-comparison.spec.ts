import { plainSpaces } from '../../core/i18n/format-value';
import { buildBarComparison } from './build-bar-comparison';

describe('buildBarComparison', () => {
  const option = buildBarComparison({
    items: [
      { name: 'Fives', value: 321 },
      { name: 'Wazemmes', value: 1234 },
      { name: 'Lomme', value: null },
      { name: 'Centre', value: 800 },
    ],
    seriesName: 'Investissement par habitant',
    kind: 'euros',
    locale: 'fr-FR',
    highlight: 'Centre',
  });
  const names = (option.yAxis as { data: string[] }).data;
  const data = (option.series as { data: unknown[] }[])[0].data;

  it('puts the largest value on top (the last category of the axis)', () => {
    expect(names).toEqual(['Fives', 'Centre', 'Wazemmes']);
  });

  it('leaves out the quartiers without a value rather than drawing them at zero', () => {
    expect(names).not.toContain('Lomme');
  });

  it('emphasises the selected quartier', () => {
    expect(data[0]).toBe(321);
    expect(data[1]).toEqual({ value: 800, itemStyle: { color: '#c25400' } });
  });

  it('labels the value axis in French euros', () => {
    const xAxis = option.xAxis as { axisLabel: { formatter: (value: number) => string } };
    expect(plainSpaces(xAxis.axisLabel.formatter(1500))).toBe('1,5 k€');
  });
});
