/** A change of a rate in percentage points, to one decimal, as the charts and tables show it: 0.0167 -> 1.7. */
export const ratePoints = (change: number): number => Math.round(change * 1000) / 10;
