import { relativeChange } from './relative-change';

describe('relativeChange', () => {
  it('gives the change as a fraction of the earlier value', () => {
    expect(relativeChange(103.2, 100)).toBeCloseTo(0.032, 10);
    expect(relativeChange(80, 100)).toBeCloseTo(-0.2, 10);
  });

  it('reads a deficit that shrinks as a rise', () => {
    expect(relativeChange(-50, -100)).toBeCloseTo(0.5, 10);
  });

  it('has nothing to say without both values, or from zero', () => {
    expect(relativeChange(null, 100)).toBeNull();
    expect(relativeChange(100, undefined)).toBeNull();
    expect(relativeChange(100, 0)).toBeNull();
  });
});
