import { frenchCsv, frenchCsvCell, UTF8_BOM } from './french-csv';

describe('frenchCsv (the one CSV writer of the API and the browser)', () => {
  const columns = [
    { key: 'quartier', label: 'Quartier', kind: 'text' },
    { key: 'cost', label: 'Coût des fluides', kind: 'currency' },
    { key: 'rate', label: 'Taux de vacance', kind: 'percent' },
    { key: 'since', label: 'Depuis', kind: 'date' },
  ];
  const csv = frenchCsv(columns, [
    { quartier: 'Wazemmes', cost: 1234567.89, rate: 0.123, since: '2026-11-26' },
    { quartier: 'Fives; Hellemmes "nord"', cost: null, rate: null, since: null },
  ]);
  const lines = csv.slice(UTF8_BOM.length).split('\r\n');

  it('is UTF-8 with a byte order mark, a header of labels, semicolons and CRLF after every line', () => {
    expect(csv.startsWith('\uFEFF')).toBeTrue();
    expect(lines[0]).toBe('Quartier;Coût des fluides;Taux de vacance;Depuis');
    expect(csv.endsWith('\r\n')).toBeTrue();
    expect(lines.length).toBe(4);
  });

  it('writes numbers with a decimal comma, rates as percentages and days first', () => {
    expect(lines[1]).toBe('Wazemmes;1234567,89;12,3%;26/11/2026');
  });

  it('quotes text that holds the separator or quotes, and leaves missing values empty', () => {
    expect(lines[2]).toBe('"Fives; Hellemmes ""nord""";;;');
  });

  it('writes an ISO day as a French day whatever the column, and the first day of a month column', () => {
    expect(frenchCsvCell('2024-02-29')).toBe('29/02/2024');
    expect(frenchCsvCell('2025-03-01', 'month')).toBe('01/03/2025');
    expect(frenchCsvCell('2025-03')).toBe('2025-03');
  });

  it('writes an instant as Paris time, summer and winter alike', () => {
    expect(frenchCsvCell(new Date('2026-07-14T08:30:00Z'))).toBe('14/07/2026 10:30:00');
    expect(frenchCsvCell(new Date('2026-11-26T23:15:00Z'))).toBe('27/11/2026 00:15:00');
  });

  it('rounds away float noise, writes booleans in French and lists and objects as text', () => {
    expect(frenchCsvCell(0.1 + 0.2)).toBe('0,3');
    expect(frenchCsvCell(0.07, 'percent')).toBe('7%');
    expect(frenchCsvCell(Number.NaN)).toBe('');
    expect(frenchCsvCell(true)).toBe('oui');
    expect(frenchCsvCell(false)).toBe('non');
    expect(frenchCsvCell(['gaz', 'eau'])).toBe('gaz, eau');
    expect(frenchCsvCell({ a: 1 })).toBe('"{""a"":1}"');
  });

  it('keeps text that starts like a formula as text (OWASP), and signed numbers as numbers', () => {
    const rows = [
      { name: '=HYPERLINK("http://evil.example";"Voir")', slippage: -39 },
      { name: '+33 6 12', slippage: -1.5 },
      { name: '-2+3', slippage: 0 },
      { name: '@SUM(A1)', slippage: 1 },
      { name: '\tcmd', slippage: 2 },
      { name: '-12,5', slippage: 3 },
    ];
    const written = frenchCsv(
      [
        { key: 'name', label: '=Programme' },
        { key: 'slippage', label: 'Glissement' },
      ],
      rows,
    )
      .slice(UTF8_BOM.length)
      .split('\r\n');

    expect(written.slice(0, 7)).toEqual([
      "'=Programme;Glissement",
      `"'=HYPERLINK(""http://evil.example"";""Voir"")";-39`,
      "'+33 6 12;-1,5",
      "'-2+3;0",
      "'@SUM(A1);1",
      "'\tcmd;2",
      '-12,5;3',
    ]);
  });
});
