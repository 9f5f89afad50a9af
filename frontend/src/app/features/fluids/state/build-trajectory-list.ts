import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildBarComparison } from '../../../shared/charts/build-bar-comparison';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TranslationKey } from '../../../core/i18n/fr';
import { TrajectoryRow } from '../data-access/fluids-rows';
import { statusLabel, typeLabel } from './fluids-labels';

/** Every building subject to the décret tertiaire in a year: where it stands, furthest above its path first. */
export function buildTrajectoryList(
  rows: readonly TrajectoryRow[],
  year: number,
  lang: Lang,
): ChartView & { ids: string[] } {
  const complete = rows.filter((row) => row.complete && row.status !== null);
  const count = (status: string) => complete.filter((row) => row.status === status).length;
  const heading = translate(lang, 'fluids.chart.gaps', { year });
  const sorted = [...rows].sort((a, b) => (b.gap_eur ?? -Infinity) - (a.gap_eur ?? -Infinity));
  return {
    heading,
    summary: translate(lang, 'fluids.summary.gaps', {
      year,
      count: complete.length,
      onTrack: count('on_track'),
      behind: count('behind'),
      wrongWay: count('wrong_way'),
    }),
    options: buildBarComparison({
      items: sorted.slice(0, 15).map((row) => ({ name: row.name, value: row.gap_eur })),
      seriesName: translate(lang, 'fluids.column.gapEur'),
      kind: 'euros',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'name', label: translate(lang, 'fluids.column.building'), kind: 'text' },
      { key: 'type', label: translate(lang, 'fluids.column.type'), kind: 'text' },
      { key: 'area', label: translate(lang, 'fluids.column.area'), kind: 'integer' },
      { key: 'reference', label: translate(lang, 'fluids.column.referenceYear'), kind: 'text' },
      { key: 'energy', label: translate(lang, 'fluids.column.energy'), kind: 'energy' },
      { key: 'target', label: translate(lang, 'fluids.column.target'), kind: 'energy' },
      { key: 'reduction', label: translate(lang, 'fluids.column.reduction'), kind: 'percent' },
      { key: 'gapEur', label: translate(lang, 'fluids.column.gapEur'), kind: 'euros' },
      { key: 'status', label: translate(lang, 'fluids.column.status'), kind: 'text' },
    ],
    rows: sorted.map((row) => ({
      name: row.name,
      type: typeLabel(lang, row.type),
      area: row.heated_area_m2,
      reference: `${row.reference_year} (${translate(lang, `fluids.reference.${row.reference_source}` as TranslationKey)})`,
      energy: row.energy_kwh_corrected,
      target: row.target_kwh,
      reduction: row.reduction_vs_reference,
      gapEur: row.gap_eur,
      status: statusLabel(lang, row.status),
    })),
    ids: sorted.map((row) => row.building_id),
    fileName: heading,
  };
}
