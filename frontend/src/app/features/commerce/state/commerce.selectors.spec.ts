import { whileLoading } from './commerce.selectors';

describe('commerce flows view model', () => {
  it('says the detail is loading rather than "not enough data" while it loads', () => {
    const view = { heading: 'Semaine type 2025 : Wazemmes', summary: 'Pas assez de données.' };

    expect(whileLoading('loading', view, 'fr')).toEqual({ ...view, summary: 'Chargement…' });
    expect(whileLoading('loading', view, 'en').summary).toBe('Loading…');
    expect(whileLoading('loaded', view, 'fr')).toBe(view);
    expect(whileLoading('error', view, 'fr')).toBe(view);
  });
});
