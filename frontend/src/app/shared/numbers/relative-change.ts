/**
 * The change from `previous` to `current` as a fraction of `previous` (0.032 for +3.2 %), measured against its size so
 * a deficit that shrinks reads as a rise; null when either is unknown or `previous` is zero (no ratio to speak of).
 */
export function relativeChange(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (current == null || previous == null || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}
