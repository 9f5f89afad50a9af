import type { ImportIssue } from '../import-kind';
import { normaliseHeader, type Table } from '../read-table';
import { parseFrenchNumber } from '../values';

/**
 * The DGFiP "balances comptables des communes" (national open data, data.economie.gouv.fr): one row per budget and
 * account (and function, in the files that have the column), the comptable's balance at 31/12 (compte de gestion).
 * Columns (`;`, `.` decimals, lower case): exer;ident;ndept;lbudg;insee;cbudg;ctype;cstyp;nomen;siren;cregi;cacti;
 * secteur;finess;codbud1;categ;bal;[fonction;]compte;bedeb;becre;obnetdeb;obnetcre;onbdeb;onbcre;oobdeb;oobcre;sd;sc.
 * Data dictionary: obnetdeb / obnetcre = budgetary movements (mandats / titres) net of cancellations, order
 * movements included; oobdeb / oobcre = the order part of them; onb* = non-budgetary movements; bedeb / becre and
 * sd / sc = opening and closing balances (not flows of the year).
 */
export const balanceColumns = [
  'exer',
  'ident',
  'ndept',
  'lbudg',
  'insee',
  'cbudg',
  'nomen',
  'siren',
  'compte',
  'obnetdeb',
  'obnetcre',
  'oobdeb',
  'oobcre',
] as const;

/** True when the header is a DGFiP balance's (its identifying columns, whatever their case). */
export function isBalanceHeader(header: string[]): boolean {
  const names = new Set(header.map(normaliseHeader));
  return ['exer', 'ident', 'ndept', 'insee', 'compte', 'obnetdeb', 'obnetcre'].every((c) => names.has(c));
}

export interface BalanceMovement {
  line: number;
  insee: string;
  year: number;
  siret: string;
  siren: string;
  budgetName: string;
  /** cbudg: 1 budget principal, 2 budget principal of an attached body (CCAS, caisse des écoles), 3 budget annexe. */
  budgetType: string;
  nomenclature: string;
  account: string;
  functionCode: string;
  direction: 'D' | 'R';
  isReal: boolean;
  amount: number;
}

/** A movement's ident when it is a SIRET (14 digits): the key its budget is resolved under. */
export function balanceSiret(m: BalanceMovement): string | undefined {
  return /^\d{14}$/.test(m.siret) ? m.siret : undefined;
}

/**
 * The INSEE code of a balance row: department (ndept, written on three characters: 059, 02A, 974) and the commune's
 * number in it (insee, three digits). Metropolitan departments and Corsica drop ndept's leading zero (059 + 350 =
 * 59350, 02A + 004 = 2A004); overseas departments write their three digits, whose first two start the code and
 * whose third is the first digit of insee (974 + 411 = 97411; 974 + 11 also reads 97411).
 */
export function inseeOfBalanceRow(ndept: string, insee: string): string | undefined {
  const dept = ndept.trim().toUpperCase();
  const raw = insee.trim();
  if (!/^\d{1,3}$/.test(raw)) return undefined;
  if (/^97[1-8]$/.test(dept)) {
    if (raw.length === 3) return raw.startsWith(dept[2]) ? '97' + raw : undefined;
    return dept + raw.padStart(2, '0'); // written without the department's digit: 974 + 11
  }
  const commune = raw.padStart(3, '0');
  if (/^0(\d\d|2[AB])$/.test(dept)) return dept.slice(1) + commune;
  if (/^(\d\d|2[AB])$/.test(dept)) return dept + commune;
  return undefined;
}

/**
 * The budgetary movements of each row: real expense = obnetdeb - oobdeb, order expense = oobdeb, real revenue =
 * obnetcre - oobcre, order revenue = oobcre (rows and sides with nothing moved give none). Problems (unreadable
 * numbers or codes) are collected with their line and column.
 */
export function readBalance(table: Table, issues: ImportIssue[]): BalanceMovement[] {
  const cell = cellReader(table);
  const movements: BalanceMovement[] = [];
  for (const row of table.rows) {
    const read = readRow(row, cell, issues);
    if (read) movements.push(...movementsOf(read.keys, read.amounts));
  }
  return movements;
}

type Row = Table['rows'][number];
type Cell = (row: Row, name: string) => string;
type RowKeys = Omit<BalanceMovement, 'direction' | 'isReal' | 'amount'>;

/** A row's cell by the balance's column name, whatever case the header writes it in; '' when absent. */
function cellReader(table: Table): Cell {
  const column = new Map(table.header.map((h) => [normaliseHeader(h), h]));
  return (row, name) => (row.cells[column.get(name) ?? ''] ?? '').trim();
}

/** One row checked: its amounts, year, commune and account, every problem collected; undefined when one is unreadable. */
function readRow(row: Row, cell: Cell, issues: ImportIssue[]): { keys: RowKeys; amounts: Amounts } | undefined {
  const fail = (column: string, value: string, reason: string) =>
    issues.push({ line: row.line, column, value, reason });
  const amounts = readAmounts(row, cell, issues);
  const year = Number(cell(row, 'exer'));
  const yearOk = Number.isInteger(year) && year >= 1990 && year <= 2100;
  if (!yearOk) fail('exer', cell(row, 'exer'), 'exercice illisible (une année attendue)');
  const insee = inseeOfBalanceRow(cell(row, 'ndept'), cell(row, 'insee'));
  if (!insee)
    fail(
      'insee',
      `${cell(row, 'ndept')} ${cell(row, 'insee')}`,
      'code commune illisible (ndept sur 3 caractères, par exemple 059, et insee sur 3 chiffres)',
    );
  const account = cell(row, 'compte').toUpperCase();
  const accountOk = /^[0-9A-Z]{1,9}$/.test(account);
  if (!accountOk) fail('compte', account, 'compte illisible (1 à 9 chiffres)');
  if (!amounts || !yearOk || !insee || !accountOk) return undefined;
  const keys: RowKeys = {
    line: row.line,
    insee,
    year,
    siret: cell(row, 'ident'),
    siren: cell(row, 'siren') || cell(row, 'ident').slice(0, 9),
    budgetName: cell(row, 'lbudg'),
    budgetType: cell(row, 'cbudg'),
    nomenclature: cell(row, 'nomen'),
    account,
    functionCode: cell(row, 'fonction'),
  };
  return { keys, amounts };
}

const amountColumns = ['obnetdeb', 'obnetcre', 'oobdeb', 'oobcre'] as const;
type Amounts = Record<(typeof amountColumns)[number], number>;

/** The four movement columns of a row (empty = 0); undefined when one is unreadable. */
function readAmounts(row: Row, cell: Cell, issues: ImportIssue[]): Amounts | undefined {
  const amounts: Partial<Amounts> = {};
  let readable = true;
  for (const name of amountColumns) {
    const raw = cell(row, name);
    const value = raw === '' ? 0 : parseFrenchNumber(raw);
    if (value === undefined) {
      issues.push({
        line: row.line,
        column: name,
        value: raw,
        reason: 'nombre illisible (attendu par exemple 1234.56)',
      });
      readable = false;
    } else amounts[name] = value;
  }
  return readable ? (amounts as Amounts) : undefined;
}

/** The real and order movements of each side, rounded to the cent; none for a side that did not move. */
function movementsOf(keys: RowKeys, amounts: Amounts): BalanceMovement[] {
  const sides: [BalanceMovement['direction'], boolean, number][] = [
    ['D', true, amounts.obnetdeb - amounts.oobdeb],
    ['D', false, amounts.oobdeb],
    ['R', true, amounts.obnetcre - amounts.oobcre],
    ['R', false, amounts.oobcre],
  ];
  return sides
    .map(([direction, isReal, amount]) => ({ ...keys, direction, isReal, amount: Math.round(amount * 100) / 100 }))
    .filter((m) => m.amount !== 0);
}
