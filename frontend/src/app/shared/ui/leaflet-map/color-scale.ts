/** Sequential blues (ColorBrewer "Blues", 5 classes): readable by colour-blind people, dark means more. */
export const SEQUENTIAL_BLUES: readonly string[] = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

export const NO_DATA_COLOR = '#c8c8c8';

export interface ColorClass {
  min: number;
  max: number;
  color: string;
}

export interface ColorScale {
  classes: readonly ColorClass[];
  colorFor(value: number | null | undefined): string;
}

function pickColors(count: number): string[] {
  if (count === 1) return [SEQUENTIAL_BLUES[3]];
  const last = SEQUENTIAL_BLUES.length - 1;
  return Array.from({ length: count }, (_, index) => SEQUENTIAL_BLUES[Math.round((index * last) / (count - 1))]);
}

/**
 * Quantile classes (about the same number of areas in each), bounded by actual values so the legend never
 * shows a range nobody falls in. Equal values always share a class.
 */
export function buildColorScale(values: readonly (number | null | undefined)[], classCount = 5): ColorScale {
  const sorted = values
    .filter((value): value is number => typeof value === 'number' && Number.isFinite(value))
    .sort((a, b) => a - b);
  const distinct = new Set(sorted).size;
  const count = Math.min(classCount, distinct);
  const uppers: number[] = [];
  for (let index = 0; index < count; index++) {
    const upper = sorted[Math.ceil(((index + 1) * sorted.length) / count) - 1];
    if (uppers.at(-1) !== upper) uppers.push(upper);
  }
  const colors = pickColors(uppers.length);
  const classes = uppers.map((max, index) => {
    const previous = index === 0 ? -Infinity : uppers[index - 1];
    const min = sorted.find((value) => value > previous) ?? max;
    return { min, max, color: colors[index] };
  });
  return {
    classes,
    colorFor(value) {
      if (typeof value !== 'number' || !Number.isFinite(value)) return NO_DATA_COLOR;
      return (classes.find((candidate) => value <= candidate.max) ?? classes.at(-1))?.color ?? NO_DATA_COLOR;
    },
  };
}
