/**
 * Number and date formatting with Intl, in the locale of the interface.
 * fr-FR gives "1 234 567,89 €", "12,3 %", "26/11/2026", "novembre 2026" (Intl separates with narrow no-break spaces).
 */
export type ValueKind =
  | 'text'
  | 'number'
  | 'integer'
  /** Exactly one decimal: years of debt capacity, percentage points, indices ("12,5"). */
  | 'decimal'
  | 'currency'
  | 'euros'
  | 'compactCurrency'
  | 'percent'
  | 'energy'
  | 'date'
  | 'month';

export type FormattableValue = string | number | Date | null | undefined;

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** What a missing value reads as: "n.d." (non disponible) in French. */
export function missingValue(locale: string): string {
  return locale.startsWith('fr') ? 'n.d.' : 'n/a';
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** 1234567.89 -> "1 234 567,89 €". */
export function formatCurrency(value: number, locale: string, fractionDigits = 2): string {
  return numberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** 412_500_000 -> "412,5 M€" in French, "€412.5M" in English. Below a thousand euros: plain euros. */
export function formatCompactCurrency(value: number, locale: string): string {
  const abs = Math.abs(value);
  const scales: readonly [number, string, string][] = [
    [1e9, 'Md€', 'bn'],
    [1e6, 'M€', 'M'],
    [1e3, 'k€', 'k'],
  ];
  const scale = scales.find(([size]) => abs >= size);
  if (!scale) return formatCurrency(value, locale, 0);
  const [size, frSuffix, enSuffix] = scale;
  const amount = formatNumber(value / size, locale, 1);
  return locale.startsWith('fr') ? `${amount}\u00a0${frSuffix}` : `€${amount}${enSuffix}`;
}

/** A fraction as a percentage: 0.123 -> "12,3 %". */
export function formatPercent(fraction: number, locale: string, fractionDigits = 1): string {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(fraction);
}

/** A relative change with its sign: 0.032 -> "+3,2 %", -0.01 -> "-1,0 %". */
export function formatSignedPercent(fraction: number, locale: string): string {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(fraction);
}

/** A change of a rate in percentage points: -0.008 -> "-0,8 pt". */
export function formatSignedPoints(fractionDelta: number, locale: string): string {
  const points = numberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(fractionDelta * 100);
  return `${points}\u00a0pt`;
}

/**
 * kWh with a readable unit: 12_300_000 -> "12,3 GWh"; always one decimal in MWh, GWh and TWh ("2,0 GWh" beside
 * "2,7 GWh" in a column), whole kWh below a thousand.
 */
export function formatEnergy(kwh: number, locale: string): string {
  const abs = Math.abs(kwh);
  const units: readonly [number, string][] = [
    [1e9, 'TWh'],
    [1e6, 'GWh'],
    [1e3, 'MWh'],
  ];
  const unit = units.find(([size]) => abs >= size);
  if (!unit) return `${formatNumber(kwh, locale, 0)}\u00a0kWh`;
  const scaled = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(kwh / unit[0]);
  return `${scaled}\u00a0${unit[1]}`;
}

function toDate(value: string | number | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2026-11-26" -> "26/11/2026". Dates without time are read as calendar dates, not shifted by the time zone. */
export function formatDate(value: string | number | Date, locale: string): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: typeof value === 'string' && value.length === 10 ? 'UTC' : undefined,
  }).format(date);
}

/** "2026-11-26" -> "novembre 2026". */
export function formatMonth(value: string | number | Date, locale: string): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: typeof value === 'string' && value.length <= 10 ? 'UTC' : undefined,
  }).format(date);
}

/** Formats any displayed value by its kind; a missing number reads "n.d.". */
export function formatValue(value: FormattableValue, kind: ValueKind, locale: string): string {
  if (value === null || value === undefined || value === '') return missingValue(locale);
  if (kind === 'text') return String(value);
  if (kind === 'date') return formatDate(value, locale);
  if (kind === 'month') return formatMonth(value, locale);
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) return missingValue(locale);
  switch (kind) {
    case 'number':
      return formatNumber(number, locale);
    case 'integer':
      return formatNumber(number, locale, 0);
    case 'decimal':
      return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(number);
    case 'currency':
      return formatCurrency(number, locale);
    case 'euros':
      return formatCurrency(number, locale, 0);
    case 'compactCurrency':
      return formatCompactCurrency(number, locale);
    case 'percent':
      return formatPercent(number, locale);
    case 'energy':
      return formatEnergy(number, locale);
  }
}

/** Replaces Intl's no-break spaces by plain spaces: for tests and plain-text exports. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
