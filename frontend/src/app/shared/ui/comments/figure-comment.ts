import type { ApiBody, ApiRow } from '../../../api';

/**
 * A note attached to a figure for a period ("Fermeture de la piscine pour travaux en 2025"): GET /api/v1/comments.
 * `target` says what it is about, e.g. "budget:epargne_brute" or "fluids:building:LIL-PIS-001"; its period is
 * YYYY-MM-DD (the API may add a time: only the date counts).
 */
export type FigureComment = ApiRow<'listComments'>;

/** POST /api/v1/comments */
export type NewFigureComment = ApiBody<'createComment'>;

/** The part of a new comment its form fills in; the page adds the commune and target. */
export type CommentDraft = Pick<NewFigureComment, 'period_start' | 'period_end' | 'body'>;

/**
 * The comments about one figure (its target, or a part of it: "budget" covers "budget:epargne_brute") whose period
 * meets [from, to], oldest period first.
 */
export function commentsFor(
  comments: readonly FigureComment[],
  target: string,
  from?: string,
  to?: string,
): FigureComment[] {
  const day = (value: string) => value.slice(0, 10);
  return comments
    .filter((comment) => comment.target === target || comment.target.startsWith(`${target}:`))
    .filter((comment) => !from || day(comment.period_end) >= from)
    .filter((comment) => !to || day(comment.period_start) <= to)
    .sort((a, b) => day(a.period_start).localeCompare(day(b.period_start)) || a.id - b.id);
}

/** The calendar year as a comment period: 2025 -> 2025-01-01 .. 2025-12-31. */
export function yearPeriod(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
