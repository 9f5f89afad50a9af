import { withArticle } from './words';

describe('words of the town-centre sentences', () => {
  it('puts the right French article before a street name', () => {
    expect(
      ['rue de Béthune', 'boulevard de la Liberté', 'avenue Foch', "Grand'Place", 'Grande Rue'].map((s) =>
        withArticle(s, 'fr'),
      ),
    ).toEqual(['la rue de Béthune', 'le boulevard de la Liberté', 'l’avenue Foch', "la Grand'Place", 'Grande Rue']);
    expect(withArticle('rue Neuve', 'en')).toBe('rue Neuve');
  });
});
