import { nextSort, sortRows } from './sort-rows';
import { TableColumn } from './table-column';

const columns: TableColumn[] = [
  { key: 'name', label: 'Quartier', kind: 'text' },
  { key: 'rate', label: 'Taux', kind: 'percent' },
];
const rows = [
  { name: 'Wazemmes', rate: 0.12 },
  { name: 'Écluse', rate: null },
  { name: 'Fives', rate: 0.08 },
];

describe('sortRows', () => {
  it('orders French names alphabetically, accents included', () => {
    const sorted = sortRows(rows, columns, { key: 'name', direction: 'ascending' }, 'fr-FR');
    expect(sorted.map((row) => row.name)).toEqual(['Écluse', 'Fives', 'Wazemmes']);
  });

  it('orders numbers by value and keeps missing values last in both directions', () => {
    const down = sortRows(rows, columns, { key: 'rate', direction: 'descending' }, 'fr-FR');
    const up = sortRows(rows, columns, { key: 'rate', direction: 'ascending' }, 'fr-FR');
    expect(down.map((row) => row.name)).toEqual(['Wazemmes', 'Fives', 'Écluse']);
    expect(up.map((row) => row.name)).toEqual(['Fives', 'Wazemmes', 'Écluse']);
  });

  it('leaves the rows untouched without a sort', () => {
    expect(sortRows(rows, columns, null, 'fr-FR')).toBe(rows);
  });
});

describe('nextSort', () => {
  it('sorts a new column ascending, then flips it on the next activation', () => {
    const first = nextSort(null, 'rate');
    expect(first).toEqual({ key: 'rate', direction: 'ascending' });
    expect(nextSort(first, 'rate')).toEqual({ key: 'rate', direction: 'descending' });
    expect(nextSort(nextSort(first, 'rate'), 'rate')).toEqual({
      key: 'rate',
      direction: 'ascending',
    });
    expect(nextSort(first, 'name')).toEqual({ key: 'name', direction: 'ascending' });
  });
});
