import { monthYear, nonBreaking, ordinal, plainAmount, plainPercent, rankOf } from './plain-words';

describe('plain words', () => {
  it('says amounts the way people do', () => {
    expect(plainAmount(10_140_632.48, 'fr')).toBe("10,1 millions d'euros");
    expect(plainAmount(1_400_000, 'fr')).toBe("1,4 million d'euros");
    expect(plainAmount(371_241.91, 'fr')).toBe('371 242 €');
    expect(plainAmount(10_140_632.48, 'en')).toBe('€10.1 million');
  });

  it('writes ranks and shares as read aloud', () => {
    expect(ordinal(1, 'fr')).toBe('1er');
    expect(ordinal(3, 'fr')).toBe('3e');
    expect(ordinal(2, 'en')).toBe('2nd');
    expect(ordinal(12, 'en')).toBe('12th');
    expect(plainPercent(0.914, 'fr')).toBe('91 %');
    expect(monthYear('2026-12-31', 'fr')).toBe('décembre 2026');
  });

  it('keeps numbers with their thousands and units on one line', () => {
    expect(nonBreaking("Sur 1 234 locaux, 13,5 % sont vides : 2,4 millions d'euros, 371 242 €, 30 mois.")).toBe(
      "Sur 1\u00a0234 locaux, 13,5\u00a0% sont vides : 2,4\u00a0millions d'euros, 371\u00a0242\u00a0€, 30\u00a0mois.",
    );
  });

  it('ranks an item among others, highest first, leaving out those without a value', () => {
    const items = [{ v: 10 }, { v: 30 }, { v: null }, { v: 20 }];
    expect(rankOf(items, (item) => item.v, items[3])).toEqual({ rank: 2, of: 3 });
    expect(rankOf(items, (item) => item.v, items[2])).toBeNull();
  });
});
