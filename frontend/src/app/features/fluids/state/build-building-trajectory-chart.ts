import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { level } from '../../../shared/summaries/sentence-parts';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TrajectoryRow } from '../data-access/fluids-rows';
import { buildPathChart, MILESTONES } from './build-path-chart';

/**
 * Weather-corrected energy of each year (bars) against the path from the reference year to -40 % in 2030, -50 %
 * in 2040 and -60 % in 2050 (line), the milestones after the last year billed, on a time axis.
 */
export function buildTrajectoryChart(rows: readonly TrajectoryRow[], lang: Lang): ChartView {
  const billed = [...rows].sort((a, b) => a.year - b.year);
  const last = billed.at(-1);
  const milestones = MILESTONES.map(({ year }) => ({
    year,
    target: (last?.[`target_${year}_kwh` as keyof TrajectoryRow] as number | null | undefined) ?? null,
  }));
  const points = billed.map((row) => ({
    year: row.year,
    actual: row.complete ? row.energy_kwh_corrected : null,
    target: row.target_kwh,
  }));
  const shownMilestones = milestones.filter((m) => m.year > (last?.year ?? 0));
  const categories = [...points.map((p) => String(p.year)), ...shownMilestones.map((m) => String(m.year))];
  const actual = [...points.map((p) => p.actual), ...shownMilestones.map(() => null)];
  const path = [...points.map((p) => p.target), ...shownMilestones.map((m) => m.target)];
  const heading = translate(lang, 'fluids.chart.trajectory');
  const latest = [...billed].reverse().find((row) => row.complete && row.gap_kwh !== null);
  const options = buildPathChart(points, milestones, lang);
  return {
    heading,
    summary: latest
      ? translate(lang, 'fluids.summary.trajectory', {
          year: latest.year,
          energy: level(latest.energy_kwh_corrected, 'energy', lang),
          gap: level(Math.abs(latest.gap_kwh ?? 0), 'energy', lang),
          side: translate(lang, (latest.gap_kwh ?? 0) > 0 ? 'fluids.summary.above' : 'fluids.summary.below'),
          reference: level(latest.reference_kwh ?? 0, 'energy', lang),
          referenceYear: latest.reference_year,
        })
      : translate(lang, 'fluids.summary.noTrajectory'),
    options,
    columns: [
      { key: 'year', label: translate(lang, 'fluids.column.year'), kind: 'text' },
      { key: 'energy', label: translate(lang, 'fluids.column.energy'), kind: 'energy' },
      { key: 'target', label: translate(lang, 'fluids.column.target'), kind: 'energy' },
      { key: 'gap', label: translate(lang, 'fluids.column.gapKwh'), kind: 'energy' },
      { key: 'gapEur', label: translate(lang, 'fluids.column.gapEur'), kind: 'euros' },
    ],
    rows: categories.map((year, index) => {
      const row = billed[index];
      return {
        year,
        energy: actual[index],
        target: path[index],
        gap: row?.gap_kwh ?? null,
        gapEur: row?.gap_eur ?? null,
      };
    }),
    fileName: heading,
  };
}
