import { sparklinePoints } from './sparkline-points';

describe('sparklinePoints', () => {
  it('spreads the values over the width, the highest at the top', () => {
    expect(sparklinePoints([10, 20, 15], 100, 20)).toBe('0,20 50,0 100,10');
  });

  it('skips a missing year without moving the others', () => {
    expect(sparklinePoints([10, null, 20], 100, 20)).toBe('0,20 100,0');
  });

  it('draws a flat series across the middle and nothing for a single value', () => {
    expect(sparklinePoints([5, 5], 100, 20)).toBe('0,10 100,10');
    expect(sparklinePoints([5], 100, 20)).toBe('');
  });
});
