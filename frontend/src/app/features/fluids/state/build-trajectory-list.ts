import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildBarComparison } from '../../../shared/charts/build-bar-comparison';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TranslationKey } from '../../../core/i18n/dictionaries';
import { TrajectoryRow } from '../data-access/fluids-rows';
import { statusLabel, typeLabel } from './fluids-labels';

/** How each reference year was set, as a mark after the year; the note under the table says it in words. */
const MARKS: Readonly<Record<TrajectoryRow['reference_source'], string>> = {
  chosen: '',
  highest_2010_2019: '',
  provisional: ' *',
};

/**
 * Every building subject to the décret tertiaire in a year: where it stands, furthest above its path first. The
 * table leads with the result (status, gap, cut since the reference); how each reference year was set is said
 * once, under the table, rather than on every row.
 */
export function buildTrajectoryList(
  rows: readonly TrajectoryRow[],
  year: number,
  lang: Lang,
): ChartView & { ids: string[]; notes: string[] } {
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
      { key: 'status', label: translate(lang, 'fluids.column.status'), kind: 'text' },
      { key: 'gapEur', label: translate(lang, 'fluids.column.gapEur'), kind: 'euros' },
      { key: 'reduction', label: translate(lang, 'fluids.column.reduction'), kind: 'percent' },
      { key: 'energy', label: translate(lang, 'fluids.column.energy'), kind: 'energy' },
      { key: 'target', label: translate(lang, 'fluids.column.target'), kind: 'energy' },
      { key: 'reference', label: translate(lang, 'fluids.column.referenceYear'), kind: 'text' },
      { key: 'type', label: translate(lang, 'fluids.column.type'), kind: 'text' },
      { key: 'area', label: translate(lang, 'fluids.column.area'), kind: 'integer' },
    ],
    rows: sorted.map((row) => ({
      name: row.name,
      status: statusLabel(lang, row.status),
      gapEur: row.gap_eur,
      reduction: row.reduction_vs_reference,
      energy: row.energy_kwh_corrected,
      target: row.target_kwh,
      reference: `${row.reference_year}${MARKS[row.reference_source]}`,
      type: typeLabel(lang, row.type),
      area: row.heated_area_m2,
    })),
    ids: sorted.map((row) => row.building_id),
    notes: (['chosen', 'highest_2010_2019', 'provisional'] as const)
      .map((source) => ({ source, count: rows.filter((row) => row.reference_source === source).length }))
      .filter(({ count }) => count > 0)
      .map(({ source, count }) =>
        translate(lang, 'fluids.trajectory.referenceNote', {
          mark: MARKS[source].trim(),
          count,
          how: translate(lang, `fluids.reference.${source}` as TranslationKey),
        }).trim(),
      ),
    fileName: heading,
  };
}
