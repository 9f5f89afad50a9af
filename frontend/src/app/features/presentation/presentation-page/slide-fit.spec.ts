import { fitSlide, SLIDE_DESIGN } from './slide-fit';

describe('fitSlide', () => {
  it('scales a slide laid out for a projector to the width of a laptop screen', () => {
    // 1366×768: the stage leaves a 16:9 box of 1070×602
    const fit = fitSlide({ width: 1070, height: 602 }, SLIDE_DESIGN.height);
    expect(fit.scale).toBeCloseTo(1070 / 1600, 5);
    expect(fit.shift).toBeCloseTo(0, 5);
  });

  it('scales further down, centred, a slide whose content is taller than the design (a long list)', () => {
    const fit = fitSlide({ width: 1600, height: 900 }, 1000);
    expect(fit.scale).toBeCloseTo(0.9, 5);
    expect(fit.shift).toBeCloseTo((1600 - 1440) / 2, 5);
  });

  it('leaves a slide as it is while its box has no size yet', () => {
    expect(fitSlide({ width: 0, height: 0 }, 900)).toEqual({ scale: 1, shift: 0 });
  });
});
