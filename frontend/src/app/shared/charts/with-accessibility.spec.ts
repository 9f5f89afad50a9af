import { withAccessibility } from './with-accessibility';

describe('withAccessibility', () => {
  it('turns on the aria description and decal patterns by default', () => {
    const option = withAccessibility({ series: [] });
    expect(option.aria).toEqual({ enabled: true, decal: { show: true } });
  });

  it("makes the card's one-sentence summary the chart's description", () => {
    const option = withAccessibility({ series: [] }, 'Les dépenses augmentent de 3,2 %.');
    expect(option.aria).toEqual(
      jasmine.objectContaining({
        label: { enabled: true, description: 'Les dépenses augmentent de 3,2 %.' },
      }),
    );
  });

  it('keeps the rest of the option untouched', () => {
    const option = withAccessibility({ xAxis: { type: 'category' }, series: [] });
    expect(option.xAxis).toEqual({ type: 'category' });
  });

  it('draws the chart at once for a reader who asked for less motion', () => {
    expect(withAccessibility({ series: [] }, '', true)['animation']).toBeFalse();
    expect(withAccessibility({ series: [] })['animation']).toBeUndefined();
  });
});
