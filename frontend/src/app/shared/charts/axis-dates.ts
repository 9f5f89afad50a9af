const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format;
}

const MONTH = /^(\d{4})-(\d{2})(?:-01)?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Dates on a chart's axis written the reader's way, never ISO: "janv. 2025" for months ("2025-01" or
 * "2025-01-01" when every category is a first of the month), "3 janv. 2025" for days. Anything else is left as is.
 */
export function axisDates(categories: readonly (string | number)[], locale: string): string[] {
  const texts = categories.map(String);
  const monthly = texts.every((text) => MONTH.test(text));
  return texts.map((text) => {
    if (monthly) {
      const [, year, month] = MONTH.exec(text)!;
      return monthLabel(Date.UTC(Number(year), Number(month) - 1, 1), locale);
    }
    const day = DAY.exec(text);
    if (!day) return text;
    return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(
      Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])),
    );
  });
}

/** "janv. 2025" (fr), "Jan 2025" (en). */
export function monthLabel(time: number, locale: string): string {
  return dateFormat(locale, { month: 'short', year: 'numeric' }).format(time);
}

/**
 * The labels of a time axis (ECharts writes English months otherwise): the year alone on the 1st of January,
 * "mars 2025" on the first of another month, "3 mars 2025" on another day.
 */
export function timeAxisLabel(locale: string): (value: number) => string {
  return (value: number) => {
    const date = new Date(value);
    if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return String(date.getUTCFullYear());
    if (date.getUTCDate() === 1) return monthLabel(value, locale);
    return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(value);
  };
}
