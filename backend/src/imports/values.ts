import type { ImportIssue } from './import-kind';
import type { TableRow } from './read-table';

/**
 * Parses a number as French files write it: "1 234 567,89", "1.234,56", "-12,5", "12.5", "1234,5 €".
 * Returns undefined when the text is not an unambiguous number.
 */
export function parseFrenchNumber(raw: string): number | undefined {
  // most cells of a large file are plain integers: no need for the full reading below
  if (/^-?\d{1,15}$/.test(raw)) return Number(raw);
  let text = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  if (text === '') return undefined;
  let sign = 1;
  if (/^\(.*\)$/.test(text)) {
    sign = -1;
    text = text.slice(1, -1);
  }
  if (text.endsWith('-')) {
    sign = -1;
    text = text.slice(0, -1);
  }
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  if (commas > 0 && dots > 0) {
    // the separator that comes last is the decimal one: 1.234,56 or 1,234.56
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    if ((text.match(new RegExp(`\\${decimal}`, 'g')) ?? []).length > 1) return undefined;
    text = text.split(thousands).join('').replace(decimal, '.');
  } else if (commas > 1) {
    if (!/^-?\d{1,3}(,\d{3})+$/.test(text)) return undefined;
    text = text.replace(/,/g, '');
  } else if (commas === 1) {
    text = text.replace(',', '.');
  } else if (dots > 1) {
    if (!/^-?\d{1,3}(\.\d{3})+$/.test(text)) return undefined;
    text = text.replace(/\./g, '');
  }
  if (!/^[-+]?\d+(\.\d+)?$/.test(text) && !/^[-+]?\.\d+$/.test(text)) return undefined;
  return sign * Number(text);
}

/** Parses YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY (also a datetime whose date part is one of those) into YYYY-MM-DD. */
export function parseDate(raw: string): string | undefined {
  const text = raw.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: .*)?$/.exec(text))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Lowercase, without accents or surrounding spaces: for matching enumerations written in French or English. */
export function simplify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * Reads the cells of one row, collecting an issue (line, column, value, reason) for each bad cell instead of
 * stopping at the first, so a report names every problem at once.
 */
export class RowReader {
  private readonly before: number;

  constructor(
    private readonly row: TableRow,
    private readonly issues: ImportIssue[],
  ) {
    this.before = issues.length;
  }

  get line(): number {
    return this.row.line;
  }

  /** True when no issue was found on this row so far. */
  get ok(): boolean {
    return this.issues.length === this.before;
  }

  raw(column: string): string {
    return this.row.cells[column] ?? '';
  }

  fail(column: string | null, reason: string, value: string | null = column ? this.raw(column) : null): void {
    this.issues.push({ line: this.row.line, column, value, reason });
  }

  text(column: string, options: { required?: boolean; max?: number } = {}): string | undefined {
    const value = this.raw(column);
    if (value === '') {
      if (options.required) this.fail(column, 'valeur obligatoire manquante');
      return undefined;
    }
    if (options.max && value.length > options.max) {
      this.fail(column, `texte trop long (${value.length} caractères, maximum ${options.max})`);
      return undefined;
    }
    return value;
  }

  number(column: string, options: { required?: boolean; min?: number; max?: number } = {}): number | undefined {
    const value = this.raw(column);
    if (value === '') {
      if (options.required) this.fail(column, 'nombre obligatoire manquant');
      return undefined;
    }
    const parsed = parseFrenchNumber(value);
    if (parsed === undefined) {
      this.fail(column, 'nombre illisible (attendu par exemple 1234,56 ou 1 234,56)');
      return undefined;
    }
    if (options.min !== undefined && parsed < options.min) {
      this.fail(column, `nombre inférieur au minimum autorisé (${options.min})`);
      return undefined;
    }
    if (options.max !== undefined && parsed > options.max) {
      this.fail(column, `nombre supérieur au maximum autorisé (${options.max})`);
      return undefined;
    }
    return parsed;
  }

  integer(column: string, options: { required?: boolean; min?: number; max?: number } = {}): number | undefined {
    const value = this.number(column, options);
    if (value !== undefined && !Number.isInteger(value)) {
      this.fail(column, 'nombre entier attendu');
      return undefined;
    }
    return value;
  }

  date(column: string, options: { required?: boolean } = {}): string | undefined {
    const value = this.raw(column);
    if (value === '') {
      if (options.required) this.fail(column, 'date obligatoire manquante');
      return undefined;
    }
    const parsed = parseDate(value);
    if (!parsed) this.fail(column, 'date illisible (attendu AAAA-MM-JJ ou JJ/MM/AAAA)');
    return parsed;
  }

  /** A value from a closed list; `synonyms` maps simplified spellings (French, English, codes) to the stored value. */
  oneOf<T extends string>(
    column: string,
    synonyms: Record<string, T>,
    options: { required?: boolean } = {},
  ): T | undefined {
    const value = this.raw(column);
    if (value === '') {
      if (options.required) this.fail(column, 'valeur obligatoire manquante');
      return undefined;
    }
    const found = synonyms[simplify(value)];
    if (found === undefined) {
      const allowed = [...new Set(Object.values(synonyms))].join(', ');
      this.fail(column, `valeur inconnue (valeurs admises : ${allowed})`);
    }
    return found;
  }
}

/** Flags rows whose key repeats an earlier row of the same file (a file must not contradict itself). */
export function checkDuplicates<R>(
  records: { line: number; record: R }[],
  key: (r: R) => string,
  issues: ImportIssue[],
  column: string,
): R[] {
  const seen = new Map<string, number>();
  const unique: R[] = [];
  for (const { line, record } of records) {
    const k = key(record);
    const first = seen.get(k);
    if (first !== undefined) {
      issues.push({ line, column, value: k, reason: `doublon de la ligne ${first}` });
      continue;
    }
    seen.set(k, line);
    unique.push(record);
  }
  return unique;
}
