/**
 * French number formatting for the council brief, on the server, so the page and the PDF print the same characters:
 * "1 234 567,89 €" with the narrow no-break space (U+202F) between thousands and a no-break space (U+00A0) before
 * the unit, as Intl's fr-FR does.
 */
const NNBSP = '\u202f';
const NBSP = '\u00a0';

const formats = new Map<string, Intl.NumberFormat>();
function format(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.NumberFormat('fr-FR', options)));
  return found;
}

export const missing = 'n.d.';

/** 1 234 568 (no decimals). */
export function integer(value: number | null): string {
  return value === null ? missing : format({ maximumFractionDigits: 0 }).format(value);
}

/** 4,7 (one decimal). */
export function decimal(value: number | null): string {
  return value === null ? missing : format({ minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** 1 234 567,89 € (cents). */
export function euros(value: number | null): string {
  return value === null ? missing : format({ style: 'currency', currency: 'EUR' }).format(value);
}

/** 1 234 568 € (rounded to the euro). */
export function roundEuros(value: number | null): string {
  return value === null
    ? missing
    : format({ style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value);
}

/** Large amounts in words a council reads: 85,0 M€, 6,8 M€, 412 k€ (below 1 000: euros). */
export function amount(value: number | null): string {
  if (value === null) return missing;
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${decimal(value / 1e6)}${NBSP}M€`;
  if (abs >= 1e4) return `${integer(value / 1e3)}${NBSP}k€`;
  return roundEuros(value);
}

/** 12,2 % from a fraction 0.122. */
export function percent(fraction: number | null): string {
  return fraction === null
    ? missing
    : format({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(fraction);
}

/** +2,9 % / −10,6 % from a fraction (a true minus sign). */
export function signedPercent(fraction: number | null): string {
  if (fraction === null) return missing;
  const text = percent(Math.abs(fraction));
  return `${fraction < 0 ? '−' : '+'}${text}`;
}

/** +0,4 point / −1,2 points: a change of a rate, in percentage points. */
export function signedPoints(fractionDiff: number | null): string {
  if (fractionDiff === null) return missing;
  const points = Math.round(Math.abs(fractionDiff) * 1000) / 10;
  return `${fractionDiff < 0 ? '−' : '+'}${decimal(points)}${NBSP}${points >= 2 ? 'points' : 'point'}`;
}

/** "3 mois", "1 an". */
export function months(value: number | null): string {
  if (value === null) return missing;
  const rounded = Math.round(value);
  return `${integer(rounded)}${NBSP}mois`;
}

/** "4,7 ans". */
export function years(value: number | null): string {
  return value === null ? missing : `${decimal(value)}${NBSP}${value >= 2 ? 'ans' : 'an'}`;
}

/** Plural in French: 0 and 1 are singular. */
export function plural(count: number, one: string, many: string): string {
  return `${integer(count)}${NBSP}${Math.abs(count) < 2 ? one : many}`;
}

const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

/** "oct. 2026" from "2026-10" or a date. */
export function monthYear(value: string | Date | null | undefined): string {
  if (value === undefined) return missing;
  if (value === null) return missing;
  // a SQL date arrives as local midnight: read it with local getters
  const [y, m] = value instanceof Date ? [value.getFullYear(), value.getMonth() + 1] : value.split('-');
  return `${MONTHS[Number(m) - 1]}${NBSP}${y}`;
}

/** "7 décembre 2026", from a Date or 'YYYY-MM-DD'. */
export function longDate(value: Date | string): string {
  if (typeof value === 'string') {
    const [y, m, d] = value.split('-').map(Number);
    value = new Date(Date.UTC(y, m - 1, d, 12));
  }
  return new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(value);
}

/** The period a year's figures cover: "2025", or "janv.–oct. 2026" while the year is not over. */
export function periodLabel(year: number, lastMonth: number): string {
  return lastMonth >= 12 ? String(year) : `janv.–${MONTHS[lastMonth - 1]}${NBSP}${year}`;
}

export const spaces = { NNBSP, NBSP };
