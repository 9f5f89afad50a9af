import { OPERATIONS_FIXTURE, PLACES_FIXTURE } from '../data-access/budget-rows.fixture';
import { buildPlaces, operationRows } from './build-places';

describe('where the money goes', () => {
  it('colours quartiers by euros per inhabitant and names the extremes', () => {
    const view = buildPlaces(PLACES_FIXTURE, 'per_inhabitant', 2025, 'fr');

    expect([...view.values.entries()]).toEqual([
      [1, 20],
      [2, 30],
    ]);
    expect(view.mapTitle).toBe('Investissement réalisé par habitant – 2025');
    expect(view.sentence).toBe(
      'Investissement réalisé par habitant en 2025 : valeur la plus élevée à Fives (30 €), la plus faible à Centre (20 €).',
    );
    expect(view.unlocated).toBe('Hors quartier (ville entière ou lieu non renseigné) : 50 000 €.');
  });

  it('switches to euros spent, and lists the quartiers by name in a table', () => {
    const view = buildPlaces(PLACES_FIXTURE, 'total', 2025, 'fr');

    expect([...view.values.values()]).toEqual([400_000, 300_000]);
    expect(view.rows.map((r) => r['quartier'])).toEqual(['Centre', 'Fives']);
  });

  it('lists the operations of the quartier picked', () => {
    expect(operationRows(OPERATIONS_FIXTURE, 'fr')).toEqual([{ name: 'Piscine (en cours)', executed: 300_000 }]);
  });
});
