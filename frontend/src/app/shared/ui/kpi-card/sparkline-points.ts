/**
 * The `points` of an SVG polyline drawing the values in a width x height box (y grows downwards).
 * Missing values are skipped; fewer than two values draw nothing.
 */
export function sparklinePoints(values: readonly (number | null)[], width: number, height: number): string {
  const known = values
    .map((value, index) => ({ value, index }))
    .filter((point): point is { value: number; index: number } => point.value !== null);
  if (known.length < 2) return '';
  const min = Math.min(...known.map((point) => point.value));
  const max = Math.max(...known.map((point) => point.value));
  const span = max - min || 1;
  const step = width / Math.max(values.length - 1, 1);
  const round = (n: number) => Math.round(n * 10) / 10;
  return known
    .map(({ value, index }) => {
      const y = max === min ? height / 2 : height - ((value - min) / span) * height;
      return `${round(index * step)},${round(y)}`;
    })
    .join(' ');
}
