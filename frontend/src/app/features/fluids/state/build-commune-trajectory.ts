import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { level, signedChange } from '../../../shared/summaries/sentence-parts';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { CommuneTrajectoryRow } from '../data-access/fluids-rows';
import { buildPathChart, MILESTONES } from './build-path-chart';
import { statusLabel } from './fluids-labels';

/**
 * The commune's buildings of 1,000 m² or more together on their décret tertiaire path (public): the energy of each
 * complete year against the summed path, up to 2050, and a sentence on the latest complete year up to `year`.
 */
export function buildCommuneTrajectory(rows: readonly CommuneTrajectoryRow[], year: number, lang: Lang): ChartView {
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  // Shares of the reference, not kWh: the buildings counted change from year to year (a building joins once its
  // year is complete), which moves the sums, not the shares. 100 % in the reference year, 60 % asked in 2030.
  const points = sorted.map((row) => ({
    year: row.year,
    actual: row.status === null || row.reduction_vs_reference === null ? null : 1 - row.reduction_vs_reference,
    target: row.path_reduction === null ? null : 1 - row.path_reduction,
  }));
  const milestones = MILESTONES.map(({ year: at, share }) => ({ year: at, target: share }));
  const latest = [...sorted].reverse().find((row) => row.year <= year && row.status !== null);
  const heading = translate(lang, 'fluids.communeTrajectory.heading');
  return {
    heading,
    summary: latest
      ? translate(lang, 'fluids.communeTrajectory.summary', {
          year: latest.year,
          count: latest.buildings_counted,
          energy: level(latest.energy_kwh_corrected ?? 0, 'energy', lang),
          change: signedChange(-(latest.reduction_vs_reference ?? 0), lang),
          path: signedChange(-(latest.path_reduction ?? 0), lang),
          status: (statusLabel(lang, latest.status) ?? '').toLocaleLowerCase(),
        })
      : translate(lang, 'fluids.summary.noTrajectory'),
    options: buildPathChart(points, milestones, lang, 'percent'),
    // the result first: where the commune stands, then the figures behind it
    columns: [
      { key: 'year', label: translate(lang, 'fluids.column.year'), kind: 'text' },
      { key: 'status', label: translate(lang, 'fluids.column.status'), kind: 'text' },
      { key: 'reduction', label: translate(lang, 'fluids.column.reduction'), kind: 'percent' },
      { key: 'pathReduction', label: translate(lang, 'fluids.column.pathReduction'), kind: 'percent' },
      { key: 'energy', label: translate(lang, 'fluids.column.energy'), kind: 'energy' },
      { key: 'target', label: translate(lang, 'fluids.column.target'), kind: 'energy' },
      { key: 'reference', label: translate(lang, 'fluids.column.referenceEnergy'), kind: 'energy' },
      { key: 'counted', label: translate(lang, 'fluids.column.buildingsCounted'), kind: 'text' },
    ],
    rows: sorted.map((row) => ({
      year: String(row.year),
      status: statusLabel(lang, row.status),
      reduction: row.reduction_vs_reference,
      pathReduction: row.path_reduction,
      energy: row.status === null ? null : row.energy_kwh_corrected,
      target: row.target_kwh,
      reference: row.reference_kwh,
      counted: translate(lang, 'fluids.communeTrajectory.counted', {
        counted: row.buildings_counted,
        concerned: row.buildings_concerned,
      }),
    })),
    fileName: heading,
  };
}
