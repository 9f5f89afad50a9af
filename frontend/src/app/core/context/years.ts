/** Years the dashboard covers. 2026 is the year in progress (data to date), 2025 the last full year. */
export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2026;
export const DEFAULT_YEAR = 2025;

export const YEARS: readonly number[] = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, index) => FIRST_YEAR + index,
);

export function isKnownYear(year: number | null | undefined): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** A year after the last full one only has data to date. */
export function isPartialYear(year: number): boolean {
  return year > DEFAULT_YEAR;
}
