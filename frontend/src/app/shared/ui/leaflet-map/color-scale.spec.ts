import { buildColorScale, NO_DATA_COLOR, SEQUENTIAL_BLUES } from './color-scale';

describe('buildColorScale', () => {
  it('splits ten values into five classes of two, from light to dark', () => {
    const scale = buildColorScale([10, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(scale.classes.map(({ min, max }) => [min, max])).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
    ]);
    expect(scale.classes.map((c) => c.color)).toEqual([...SEQUENTIAL_BLUES]);
    expect(scale.colorFor(1)).toBe(SEQUENTIAL_BLUES[0]);
    expect(scale.colorFor(10)).toBe(SEQUENTIAL_BLUES[4]);
  });

  it('keeps equal values in the same class and makes fewer classes when values are few', () => {
    const scale = buildColorScale([5, 5, 5, 9]);
    expect(scale.classes.map(({ min, max }) => [min, max])).toEqual([
      [5, 5],
      [9, 9],
    ]);
    expect(scale.colorFor(5)).not.toBe(scale.colorFor(9));
  });

  it('greys out areas without a value and ignores them in the classes', () => {
    const scale = buildColorScale([null, 0.1, undefined, 0.2]);
    expect(scale.classes.length).toBe(2);
    expect(scale.colorFor(null)).toBe(NO_DATA_COLOR);
  });

  it('has no class at all when nothing has a value', () => {
    expect(buildColorScale([null, null]).classes).toEqual([]);
  });
});
