import { parisDay, parisYear } from '../../../../../../common/paris-time';
import { SiteKind } from '../data-access/commerce-rows';

/** What the premises map shows: vacancy (vacant premises, long vacancy highlighted) or the activities of shops. */
export type MapMode = 'vacancy' | 'activities';

export const MAP_MODES: readonly MapMode[] = ['vacancy', 'activities'];

export const SITE_KINDS: readonly SiteKind[] = ['pedestrian', 'bike', 'car', 'facility'];

/** Days compared on each side of an intervention when nothing else is asked (eight weeks). */
export const DEFAULT_WINDOW_DAYS = 56;

/**
 * The day the vacancy figures describe for a year: 31 December of a past year, today (in Paris) for the year in
 * progress.
 * `today` is passed in so the function stays pure.
 */
export function asOfDate(year: number, today: Date): string {
  return year < parisYear(today) ? `${year}-12-31` : parisDay(today);
}

/** The counts period of a year: the calendar year, or the 365 days up to today for the year in progress. */
export function yearPeriod(year: number, today: Date): { from: string; to: string } {
  if (year < parisYear(today)) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const to = parisDay(today);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}
