import { TableColumn } from '../ui/data-table/table-column';
import { buildCsv, UTF8_BOM } from './build-csv';

const columns: TableColumn[] = [
  { key: 'quartier', label: 'Quartier', kind: 'text' },
  { key: 'cost', label: 'Coût des fluides', kind: 'currency' },
  { key: 'rate', label: 'Taux de vacance', kind: 'percent' },
  { key: 'since', label: 'Depuis', kind: 'date' },
];

describe('buildCsv', () => {
  const csv = buildCsv(columns, [
    { quartier: 'Wazemmes', cost: 1234567.89, rate: 0.123, since: '2026-11-26' },
    { quartier: 'Fives; Hellemmes "nord"', cost: null, rate: null, since: null },
  ]);
  const lines = csv.slice(UTF8_BOM.length).split('\r\n');

  it('starts with a UTF-8 byte order mark so Excel reads the accents', () => {
    expect(csv.startsWith('\uFEFF')).toBeTrue();
  });

  it('separates with semicolons under a header of column labels', () => {
    expect(lines[0]).toBe('Quartier;Coût des fluides;Taux de vacance;Depuis');
  });

  it('writes numbers with a decimal comma and no thousands separator, rates as percentages, dates day first', () => {
    expect(lines[1]).toBe('Wazemmes;1234567,89;12,3%;26/11/2026');
  });

  it('quotes text that holds the separator or quotes, and leaves missing values empty', () => {
    expect(lines[2]).toBe('"Fives; Hellemmes ""nord""";;;');
  });

  it('ends every line with CRLF', () => {
    expect(csv.endsWith('\r\n')).toBeTrue();
    expect(lines.length).toBe(4);
  });
});
