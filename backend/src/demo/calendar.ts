// Dates for the demo, all in plain UTC so the output never depends on the machine's time zone.
// A date is an ISO string 'YYYY-MM-DD'; a "day" is the number of days since 1970-01-01.

import { frenchCalendar } from './french-calendar';
import { CALENDAR_YEARS } from './french-calendar-sql';

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

export interface Period {
  name: string;
  /** First day, inclusive. */
  start: string;
  /** Last day, inclusive. */
  end: string;
}

/**
 * School holidays of zone B (académie de Lille), first day without class to the day before classes resume, as the
 * database's school_holidays table holds them (a copy: see french-calendar.ts).
 */
export const SCHOOL_HOLIDAYS_ZONE_B: readonly Period[] = frenchCalendar().schoolHolidaysZoneB;

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

/**
 * Whether a day is a French public holiday, as PostgreSQL's public_holiday_name() says (the one computation of
 * Easter and the holidays; the generator reads a copy of its answers, see french-calendar.ts).
 */
export function isPublicHoliday(iso: string): boolean {
  const year = yearOf(iso);
  if (year < CALENDAR_YEARS.from || year > CALENDAR_YEARS.to)
    throw new Error(`The demo calendar covers ${CALENDAR_YEARS.from}-${CALENDAR_YEARS.to}, not ${iso}`);
  return frenchCalendar().publicHolidays[iso] !== undefined;
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
