import { TableColumn, TableRow } from './table-column';

export type SortDirection = 'ascending' | 'descending';

export interface TableSort {
  key: string;
  direction: SortDirection;
}

function isMissing(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** Sorts rows by one column: numbers by value, text in the locale's order; missing values always last. */
export function sortRows<Row extends TableRow>(
  rows: readonly Row[],
  columns: readonly TableColumn[],
  sort: TableSort | null,
  locale: string,
): readonly Row[] {
  const column = sort && columns.find((candidate) => candidate.key === sort.key);
  if (!sort || !column) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return [...rows].sort((a, b) => {
    const left = a[column.key];
    const right = b[column.key];
    if (isMissing(left) || isMissing(right)) return Number(isMissing(left)) - Number(isMissing(right));
    if (typeof left === 'number' && typeof right === 'number') return sign * (left - right);
    return sign * collator.compare(String(left), String(right));
  });
}

export function nextSort(current: TableSort | null, key: string): TableSort {
  if (current?.key === key && current.direction === 'ascending') return { key, direction: 'descending' };
  return { key, direction: 'ascending' };
}
