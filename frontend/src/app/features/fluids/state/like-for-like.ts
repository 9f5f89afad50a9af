/**
 * The level a year before that gives the API's like-for-like change: the sentence then says that change (the
 * totals of two years may hold different buildings).
 */
export function previousOf(value: number | null, change: number | null): number | null {
  return value === null || change === null ? null : value / (1 + change);
}
