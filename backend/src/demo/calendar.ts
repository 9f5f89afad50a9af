// Dates for the demo, all in plain UTC so the output never depends on the machine's time zone.
// A date is an ISO string 'YYYY-MM-DD'; a "day" is the number of days since 1970-01-01.

const MS_PER_DAY = 86_400_000;

export function toDay(iso: string): number {
  return Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);
}

export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

/** 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export interface Month {
  year: number;
  month: number;
  /** First day, 'YYYY-MM-01'. */
  start: string;
  /** Last day, inclusive. */
  end: string;
}

/** Calendar months from the month of `from` to the last month that ends on or before `to`. */
export function completeMonths(from: string, to: string): Month[] {
  const months: Month[] = [];
  let year = yearOf(from);
  let month = monthOf(from);
  for (;;) {
    const end = lastDayOfMonth(year, month);
    if (end > to) break;
    months.push({ year, month, start: isoDate(year, month, 1), end });
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The eleven French public holidays (jours fériés) of a year, metropolitan France outside Alsace-Moselle. */
export function publicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  return [
    isoDate(year, 1, 1),
    addDays(easter, 1), // lundi de Pâques
    isoDate(year, 5, 1),
    isoDate(year, 5, 8),
    addDays(easter, 39), // Ascension
    addDays(easter, 50), // lundi de Pentecôte
    isoDate(year, 7, 14),
    isoDate(year, 8, 15),
    isoDate(year, 11, 1),
    isoDate(year, 11, 11),
    isoDate(year, 12, 25),
  ].sort();
}

export interface Period {
  name: string;
  /** First day, inclusive. */
  start: string;
  /** Last day, inclusive. */
  end: string;
}

/**
 * School holidays of zone B (académie de Lille), from the national calendars (first day without class to the
 * day before classes resume). Spring 2021 was the same for all zones (Covid). Summer runs to the eve of the
 * rentrée.
 */
export const SCHOOL_HOLIDAYS_ZONE_B: readonly Period[] = [
  { name: 'Été 2019', start: '2019-07-06', end: '2019-09-01' },
  { name: 'Toussaint 2019', start: '2019-10-19', end: '2019-11-03' },
  { name: 'Noël 2019', start: '2019-12-21', end: '2020-01-05' },
  { name: 'Hiver 2020', start: '2020-02-15', end: '2020-03-01' },
  { name: 'Printemps 2020', start: '2020-04-11', end: '2020-04-26' },
  { name: 'Été 2020', start: '2020-07-04', end: '2020-08-31' },
  { name: 'Toussaint 2020', start: '2020-10-17', end: '2020-11-01' },
  { name: 'Noël 2020', start: '2020-12-19', end: '2021-01-03' },
  { name: 'Hiver 2021', start: '2021-02-20', end: '2021-03-07' },
  { name: 'Printemps 2021', start: '2021-04-10', end: '2021-04-25' },
  { name: 'Été 2021', start: '2021-07-06', end: '2021-09-01' },
  { name: 'Toussaint 2021', start: '2021-10-23', end: '2021-11-07' },
  { name: 'Noël 2021', start: '2021-12-18', end: '2022-01-02' },
  { name: 'Hiver 2022', start: '2022-02-05', end: '2022-02-20' },
  { name: 'Printemps 2022', start: '2022-04-09', end: '2022-04-24' },
  { name: 'Été 2022', start: '2022-07-07', end: '2022-08-31' },
  { name: 'Toussaint 2022', start: '2022-10-22', end: '2022-11-06' },
  { name: 'Noël 2022', start: '2022-12-17', end: '2023-01-02' },
  { name: 'Hiver 2023', start: '2023-02-11', end: '2023-02-26' },
  { name: 'Printemps 2023', start: '2023-04-15', end: '2023-05-01' },
  { name: 'Été 2023', start: '2023-07-08', end: '2023-09-03' },
  { name: 'Toussaint 2023', start: '2023-10-21', end: '2023-11-05' },
  { name: 'Noël 2023', start: '2023-12-23', end: '2024-01-07' },
  { name: 'Hiver 2024', start: '2024-02-24', end: '2024-03-10' },
  { name: 'Printemps 2024', start: '2024-04-20', end: '2024-05-05' },
  { name: 'Été 2024', start: '2024-07-06', end: '2024-09-01' },
  { name: 'Toussaint 2024', start: '2024-10-19', end: '2024-11-03' },
  { name: 'Noël 2024', start: '2024-12-21', end: '2025-01-05' },
  { name: 'Hiver 2025', start: '2025-02-08', end: '2025-02-23' },
  { name: 'Printemps 2025', start: '2025-04-05', end: '2025-04-21' },
  { name: 'Été 2025', start: '2025-07-05', end: '2025-08-31' },
  { name: 'Toussaint 2025', start: '2025-10-18', end: '2025-11-02' },
  { name: 'Noël 2025', start: '2025-12-20', end: '2026-01-04' },
  { name: 'Hiver 2026', start: '2026-02-14', end: '2026-03-01' },
  { name: 'Printemps 2026', start: '2026-04-11', end: '2026-04-26' },
  { name: 'Été 2026', start: '2026-07-04', end: '2026-08-31' },
  { name: 'Toussaint 2026', start: '2026-10-17', end: '2026-11-01' },
  { name: 'Noël 2026', start: '2026-12-19', end: '2027-01-03' },
];

/** What the generators need to know about a day, computed once per day. */
export interface DayInfo {
  day: number;
  iso: string;
  year: number;
  /** 1..12 */
  month: number;
  /** 0 = Monday ... 6 = Sunday */
  weekday: number;
  publicHoliday: boolean;
  schoolHoliday: boolean;
}

const holidayCache = new Map<number, Set<string>>();

export function isPublicHoliday(iso: string): boolean {
  const year = yearOf(iso);
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(publicHolidays(year));
    holidayCache.set(year, set);
  }
  return set.has(iso);
}

export function isSchoolHoliday(iso: string): boolean {
  return SCHOOL_HOLIDAYS_ZONE_B.some((p) => iso >= p.start && iso <= p.end);
}

export function inPeriod(iso: string, start: string, end: string): boolean {
  return iso >= start && iso <= end;
}

/** One DayInfo per day from `from` to `to`, both included. */
export function dayRange(from: string, to: string): DayInfo[] {
  const days: DayInfo[] = [];
  for (let day = toDay(from); day <= toDay(to); day++) {
    const iso = fromDay(day);
    days.push({
      day,
      iso,
      year: yearOf(iso),
      month: monthOf(iso),
      weekday: weekday(day),
      publicHoliday: isPublicHoliday(iso),
      schoolHoliday: isSchoolHoliday(iso),
    });
  }
  return days;
}
