import { isRepeatedWallMinute, parisOffsetMinutes } from '../../../../common/paris-time';

export { parisOffsetMinutes };

export const MINUTES_PER_DAY = 1440;

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2})[:h](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const FRENCH_TIMESTAMP = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2})[:h](\d{2})(?::(\d{2}))?$/;

/** A timestamp's wall-clock reading (minutes since 1970-01-01 00:00 on that clock) and its offset, if written. */
function readTimestamp(raw: string): { wall: number; offset?: number } | undefined {
  const text = raw.trim();
  let match = TIMESTAMP.exec(text);
  let y: number, mo: number, d: number, h: number, mi: number, zone: string | undefined;
  if (match) {
    [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(match![i]));
    zone = match[7];
  } else if ((match = FRENCH_TIMESTAMP.exec(text))) {
    [d, mo, y, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(match![i]));
  } else {
    return undefined;
  }
  if (h > 23 || mi > 59) return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  const wall = Date.UTC(y, mo - 1, d, h, mi) / 60_000;
  if (!zone) return { wall };
  return { wall, offset: offsetMinutes(zone) };
}

function daysInMonth(year: number, month: number): number {
  return month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;
}

/** `Z`, `+02`, `+0200`, `+02:00`, `-05:30` -> minutes east of UTC. */
export function offsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0);
  return zone[0] === '-' ? -minutes : minutes;
}

/**
 * Reads a slot start into minutes on the Europe/Paris wall clock: naive timestamps are local already; one with `Z`
 * or an offset (`+02`, `+0200`, `+02:00`) is an instant, moved to Paris time by the time zone database
 * (common/paris-time.ts).
 */
export function parseLocalTimestamp(raw: string): number | undefined {
  const read = readTimestamp(raw);
  if (!read) return undefined;
  if (read.offset === undefined) return read.wall;
  const utc = read.wall - read.offset;
  return utc + parisOffsetMinutes(utc);
}

/** Minutes between two timestamps as instants (the length of a slot across a clock change); undefined if naive. */
export function utcDelta(start: string, end: string): number | undefined {
  const a = readTimestamp(start);
  const b = readTimestamp(end);
  if (!a || !b || a.offset === undefined || b.offset === undefined) return undefined;
  return b.wall - b.offset - (a.wall - a.offset);
}

/** 02:00-02:59 on the day clocks go back happens twice on a Paris wall clock (the time zone database says which day). */
export function isRepeatedHour(wallMinutes: number): boolean {
  return isRepeatedWallMinute(wallMinutes);
}

export function parseTimeOfDay(raw: string): number | undefined {
  const match = /^(\d{1,2})(?:[:h](\d{2})?)?(?::(\d{2}))?$/i.exec(raw.trim());
  if (!match) return undefined;
  const h = Number(match[1]);
  const m = Number(match[2] ?? 0);
  return h <= 23 && m <= 59 ? h * 60 + m : undefined;
}

/** Wall-clock minutes as 'YYYY-MM-DD HH:MM:SS' (the date part cached per day: hourly rows repeat it 24 times). */
export function formatMinutes(minutes: number): string {
  const day = Math.floor(minutes / MINUTES_PER_DAY);
  let date = dayTexts.get(day);
  if (date === undefined) {
    date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    if (dayTexts.size > 100_000) dayTexts.clear();
    dayTexts.set(day, date);
  }
  const inDay = minutes - day * MINUTES_PER_DAY;
  const h = Math.floor(inDay / 60);
  const m = inDay % 60;
  return `${date} ${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}:00`;
}

const dayTexts = new Map<number, string>();
