import { DEFAULT_YEAR, isPartialYear } from '../../../core/context/years';
import { OverviewRow } from '../data-access/overview-row';

/**
 * The whole years of the rows, oldest first: a year in progress (January to its latest month) is never drawn as a
 * bar or a point beside whole years (it would read as a fall); its figures are the cards', with their months.
 */
export function wholeYears(rows: readonly OverviewRow[]): OverviewRow[] {
  return rows.filter((row) => !isPartialYear(row.year)).sort((a, b) => a.year - b.year);
}

/**
 * The period a trend sentence covers: from the first year the chart's figures are known (`known`) to the selected
 * year, or the last full one.
 */
export function period(
  rows: readonly OverviewRow[],
  year: number,
  known: (row: OverviewRow) => boolean,
): { from: OverviewRow | null; to: OverviewRow | null } {
  const last = Math.min(year, DEFAULT_YEAR);
  const span = rows.filter((row) => row.year <= last && known(row));
  return { from: span[0] ?? null, to: span.find((row) => row.year === last) ?? null };
}
