/**
 * Paris time from the time zone database (Intl, the ICU data Node and browsers ship), never a hand-written
 * daylight-saving rule: the day a town hall lives in, the offset of an instant, the wall-clock reading of an instant.
 * Pure TypeScript: the API and the browser import it alike.
 */
export const PARIS = 'Europe/Paris';

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant's reading on a Paris wall clock, each part a number. */
export function parisClock(instant: Date): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
} {
  const parts: Record<string, number> = {};
  for (const part of clock.formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return {
    year: parts['year'],
    month: parts['month'],
    day: parts['day'],
    hour: parts['hour'],
    minute: parts['minute'],
    second: parts['second'],
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Paris day of an instant, 'YYYY-MM-DD' (today by default): 23:30 UTC on 26 November is already the 27th. */
export function parisDay(instant: Date = new Date()): string {
  const c = parisClock(instant);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}

/** The Paris year of an instant (this year by default): 31 December 23:30 UTC is already next year in Paris. */
export function parisYear(instant: Date = new Date()): number {
  return parisClock(instant).year;
}

/** An instant as Paris wall-clock time the French way, "26/11/2026 14:05:00". */
export function parisDateTime(instant: Date): string {
  const c = parisClock(instant);
  return `${pad(c.day)}/${pad(c.month)}/${c.year} ${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}`;
}

const MINUTES_PER_DAY = 1440;

function offsetAt(utcMinutes: number): number {
  const c = parisClock(new Date(utcMinutes * 60_000));
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute) / 60_000 - utcMinutes;
}

/** Per UTC day, the offset of each of its hours (offsets change on the hour): one clock read per day, not per slot. */
const hourlyOffsets = new Map<number, number | number[]>();

/** Minutes Paris is ahead of UTC at an instant given in minutes since the epoch: 60 in winter, 120 in summer. */
export function parisOffsetMinutes(utcMinutes: number): number {
  const day = Math.floor(utcMinutes / MINUTES_PER_DAY);
  let offsets = hourlyOffsets.get(day);
  if (offsets === undefined) {
    const start = day * MINUTES_PER_DAY; // whole minutes: the offset is the wall reading minus the instant
    const first = offsetAt(start);
    offsets =
      first === offsetAt(start + MINUTES_PER_DAY - 1)
        ? first
        : Array.from({ length: 24 }, (_, hour) => offsetAt(start + hour * 60));
    if (hourlyOffsets.size > 20_000) hourlyOffsets.clear();
    hourlyOffsets.set(day, offsets);
  }
  return typeof offsets === 'number' ? offsets : offsets[Math.floor((utcMinutes - day * MINUTES_PER_DAY) / 60)];
}

/**
 * Whether a Paris wall-clock minute (minutes since 1970-01-01 00:00 on that clock) happens twice, as 02:00-02:59
 * does on the day clocks go back: two offsets around it each map it to an instant that reads it.
 */
export function isRepeatedWallMinute(wallMinutes: number): boolean {
  const before = parisOffsetMinutes(wallMinutes - MINUTES_PER_DAY);
  const after = parisOffsetMinutes(wallMinutes + MINUTES_PER_DAY);
  return (
    before > after &&
    parisOffsetMinutes(wallMinutes - before) === before &&
    parisOffsetMinutes(wallMinutes - after) === after
  );
}
