import { plainSpaces } from '../../core/i18n/format-value';
import { buildTrendChart } from './build-trend-chart';

describe('buildTrendChart', () => {
  const option = buildTrendChart({
    categories: [2023, 2024, 2025],
    series: [
      { name: 'Fonctionnement', values: [390_000_000, 399_700_000, 412_500_000], type: 'bar' },
      { name: 'Investissement', values: [80_000_000, null, 95_300_000] },
    ],
    kind: 'currency',
    locale: 'fr-FR',
  });
  const series = option.series as {
    type: string;
    name: string;
    data: unknown[];
    connectNulls?: boolean;
  }[];
  const yAxis = option.yAxis as { axisLabel: { formatter: (value: number) => string } };
  const tooltip = option.tooltip as { valueFormatter: (value: unknown) => string };

  it('puts the years on the category axis', () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(['2023', '2024', '2025']);
  });

  it('draws one series per figure, as bars or lines', () => {
    expect(series.map((s) => [s.type, s.name])).toEqual([
      ['bar', 'Fonctionnement'],
      ['line', 'Investissement'],
    ]);
  });

  it('keeps a missing year as a gap instead of a zero', () => {
    expect(series[1].data).toEqual([80_000_000, null, 95_300_000]);
    expect(series[1].connectNulls).toBeFalse();
  });

  it('labels the axis in millions of euros and the tooltip to the cent, in French', () => {
    expect(plainSpaces(yAxis.axisLabel.formatter(400_000_000))).toBe('400 M€');
    expect(plainSpaces(tooltip.valueFormatter(412_500_000))).toBe('412 500 000,00 €');
    expect(tooltip.valueFormatter(null)).toBe('n.d.');
  });
});
