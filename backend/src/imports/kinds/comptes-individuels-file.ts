import { parse } from 'csv-parse/sync';
import { decode } from '../read-table';
import type { ImportIssue } from '../import-kind';

/**
 * The DGFiP's "comptes individuels des communes" file as published (data.economie.gouv.fr, dataset
 * "comptes-individuels-des-communes-fichier-global-a-compter-de-2000", and its yearly slices): `;` separated, one line
 * per commune and year, lower-case headers `an;dep;icom;inom;reg;pop1;nomsst2;prod;fprod;mprod;...` (about 220 to 250
 * columns depending on the vintage). Amounts in thousands of euros (prod), euros per inhabitant (fprod), the strate's
 * average in euros per inhabitant (mprod), ratios in % (rperso, rmperso). Columns Pilotage does not keep are ignored.
 */

/** The published columns kept, in the order of the table dgfip_comptes_communes. */
export const AMOUNT_COLUMNS = [
  'prod',
  'fprod',
  'mprod',
  'charge',
  'fcharge',
  'mcharge',
  'perso',
  'fperso',
  'mperso',
  'rperso',
  'rmperso',
  'impo1',
  'fimpo1',
  'mimpo1',
  'dgf',
  'fdgf',
  'mdgf',
  'equip',
  'fequip',
  'mequip',
  'remb',
  'fremb',
  'mremb',
  'caf',
  'fcaf',
  'mcaf',
  'rcaf',
  'rmcaf',
  'cafn',
  'fcafn',
  'mcafn',
  'dette',
  'fdette',
  'mdette',
  'annu',
  'fannu',
  'mannu',
] as const;

const IDENTITY_COLUMNS = ['an', 'dep', 'icom', 'inom', 'pop1'] as const;
// optional columns, read when present: reg, nomsst1, nomsst2
/** Not in the DGFiP file: accepted when a file was enriched with INSEE's composition of the EPCI (EPCI, LIBEPCI). */
const EPCI_COLUMNS = { epci: ['epci', 'siren_epci'], libepci: ['libepci', 'lib_epci', 'nom_epci'] } as const;

export const REQUIRED_COLUMNS = [...IDENTITY_COLUMNS, ...AMOUNT_COLUMNS] as const;

/** One line of the file, ready for COPY: numbers kept as the file's decimal text (a `,` becomes `.`). */
export interface ComptesRecord {
  commune_insee: string;
  year: number;
  name: string;
  departement: string;
  region: string | null;
  population: number | null;
  strate_population: string | null;
  strate_fiscalite: string | null;
  epci_siren: string | null;
  epci_name: string | null;
  amounts: (string | null)[];
}

export interface ReadResult {
  records: ComptesRecord[];
  issues: ImportIssue[];
  lines: number;
}

const MAX_ISSUES = 200;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Streams the file through the CSV parser (no whole-file array of cells): each line becomes one compact record;
 * every problem is reported with its line, column and value, in French.
 */
export async function readComptesFile(file: Buffer): Promise<ReadResult> {
  const { text } = decode(file);
  const issues: ImportIssue[] = [];
  const records: ComptesRecord[] = [];
  const seen = new Map<string, number>();
  const report = (issue: ImportIssue) => {
    if (issues.length < MAX_ISSUES) issues.push(issue);
  };
  let index: Record<string, number> | undefined;
  let lines = 0;

  for (const { record, line: lineNo } of lines_(text)) {
    if (record === null) {
      report({ line: lineNo, column: null, value: null, reason: 'ligne illisible : guillemets mal fermés' });
      continue;
    }
    if (!index) {
      index = headerIndex(record);
      const missing = REQUIRED_COLUMNS.filter((c) => index![c] === undefined);
      if (missing.length > 0) {
        report({
          line: 1,
          column: missing.join(', '),
          value: null,
          reason: `colonne(s) absente(s) du fichier des comptes individuels : ${missing.join(', ')} (en-tête attendu an;dep;icom;inom;reg;pop1;…;prod;fprod;mprod;…)`,
        });
        return { records, issues, lines: 0 };
      }
      continue;
    }
    lines++;
    const line = lineNo;
    const cell = (name: string) => (index![name] === undefined ? '' : (record[index![name]] ?? '').trim());
    const fail = (column: string, value: string, reason: string) => {
      report({ line, column, value: value.slice(0, 60), reason });
      ok = false;
    };
    let ok = true;

    const an = cell('an');
    const year = /^\d{4}$/.test(an) ? Number(an) : NaN;
    if (!(year >= 2000 && year <= 2100)) fail('an', an, 'année illisible (attendu par exemple 2024)');
    const code = communeCode(cell('dep'), cell('icom'));
    if (!code)
      fail(
        'dep',
        `${cell('dep')} / ${cell('icom')}`,
        'code de département (dep) ou de commune (icom) illisible (attendu par exemple 059 et 350)',
      );
    const name = cell('inom');
    if (!name) fail('inom', '', 'nom de la commune manquant');
    const pop = cell('pop1');
    const population = pop === '' ? null : /^\d+$/.test(pop) ? Number(pop) : NaN;
    if (Number.isNaN(population)) fail('pop1', pop, 'population illisible (attendu un nombre entier d’habitants)');
    const amounts = AMOUNT_COLUMNS.map((column) => {
      const raw = cell(column).replace(',', '.');
      if (raw === '') return null;
      if (!NUMBER.test(raw)) fail(column, cell(column), 'nombre illisible (attendu par exemple 1234.56)');
      return raw;
    });
    const epci = cell(EPCI_COLUMNS.epci.find((c) => index![c] !== undefined) ?? '');
    if (epci && !/^\d{9}$/.test(epci)) fail('epci', epci, 'SIREN de l’EPCI illisible (9 chiffres)');
    if (!ok || !code) continue;

    const key = `${code}|${year}`;
    const previous = seen.get(key);
    if (previous !== undefined) {
      fail('icom', cell('icom'), `la commune ${code} figure déjà pour ${year} à la ligne ${previous}`);
      continue;
    }
    seen.set(key, line);
    const strates = [cell('nomsst1'), cell('nomsst2')].filter(Boolean);
    records.push({
      commune_insee: code,
      year,
      name,
      departement: departementOf(code),
      region: cell('reg') || null,
      population: population as number | null,
      strate_population: strates.find((s) => /hab/i.test(s)) ?? null,
      strate_fiscalite: strates.find((s) => !/hab/i.test(s)) ?? null,
      epci_siren: epci || null,
      epci_name: cell(EPCI_COLUMNS.libepci.find((c) => index![c] !== undefined) ?? '') || null,
      amounts,
    });
  }
  if (!index) report({ line: null, column: null, value: null, reason: 'fichier vide : aucune ligne d’en-tête' });
  return { records, issues, lines };
}

/**
 * The file's lines as arrays of cells, with their line numbers. The published file has no quoted cell: a plain split
 * on `;` (fast: a national file of 35 000 lines x 220 columns in about a second); a line with a quote goes through
 * the CSV parser.
 */
function* lines_(text: string): Generator<{ record: string[] | null; line: number }> {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    line++;
    const raw = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    start = end + 1;
    if (raw.trim() === '') continue;
    yield { record: raw.includes('"') ? quoted(raw) : raw.split(';'), line };
  }
}

/** A line with quotes, through the CSV parser; null when its quotes are not closed. */
function quoted(raw: string): string[] | null {
  try {
    return (parse(raw, { delimiter: ';', relax_quotes: true }) as string[][])[0] ?? [];
  } catch {
    return null;
  }
}

function headerIndex(header: string[]): Record<string, number> {
  const index: Record<string, number> = {};
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (index[key] === undefined) index[key] = i;
  });
  return index;
}

/**
 * INSEE code from the DGFiP's `dep` (3 characters: "059", "02A"; overseas "101".."106" in older files, or "971"...)
 * and `icom` (the commune's 3-digit number in its département): 059 + 350 -> 59350; 02A + 004 -> 2A004;
 * overseas, the code is 97 followed by the 3 digits of icom (101 + 101 -> 97101, Les Abymes).
 */
export function communeCode(dep: string, icom: string): string | undefined {
  const d = dep.trim().toUpperCase();
  const c = icom.trim().padStart(3, '0');
  if (!/^\d{3}$/.test(c)) return undefined;
  if (/^(10[1-6]|97[1-6])$/.test(d)) return `97${c}`;
  const metro = /^0?(\d{2}|2A|2B)$/.exec(d);
  if (!metro || metro[1] === '00' || metro[1] === '20') return undefined;
  return `${metro[1]}${c}`;
}

/** The département of an INSEE code: 59 for 59350, 2A for 2A004, 971 for 97101. */
export function departementOf(insee: string): string {
  return insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2);
}
