import type { Knex } from 'knex';

/** The French calendar the demo generator reads, as the database computes it (migration 0031). */
export interface FrenchCalendar {
  /** Where it comes from and how to write it again. */
  source: string;
  /** Every public holiday of the years covered, 'YYYY-MM-DD' -> its name, in date order. */
  publicHolidays: Record<string, string>;
  /** The school holidays of zone B (académie de Lille), first and last day without class, in date order. */
  schoolHolidaysZoneB: { name: string; start: string; end: string }[];
}

export const CALENDAR_SOURCE =
  'Computed by PostgreSQL (public_holiday_name() and the school_holidays table, migration 0031); ' +
  'write it again with `npx tsx backend/src/cli/write-demo-calendar.ts` after a migration changes them.';

/**
 * The public holidays of `fromYear` to `toYear` and every zone-B school holiday, read from the SQL calendar: the one
 * place Easter and the holidays are computed. The demo generator is pure (no database), so it reads a copy of this,
 * `data/french-calendar.json`, that `french-calendar.spec.ts` keeps equal to the database's.
 */
export async function readFrenchCalendar(db: Knex, fromYear: number, toYear: number): Promise<FrenchCalendar> {
  const { rows: holidays } = await db.raw<{ rows: { day: string; name: string }[] }>(
    `select to_char(day, 'YYYY-MM-DD') as day, public_holiday_name(day::date) as name
       from generate_series(make_date(?, 1, 1), make_date(?, 12, 31), interval '1 day') as day
      where public_holiday_name(day::date) is not null
      order by day`,
    [fromYear, toYear],
  );
  const school = await db('school_holidays')
    .where({ zone: 'B' })
    .orderBy('start_date')
    .select(
      'name',
      db.raw(`to_char(start_date, 'YYYY-MM-DD') as start`),
      db.raw(`to_char(end_date, 'YYYY-MM-DD') as "end"`),
    );
  return {
    source: CALENDAR_SOURCE,
    publicHolidays: Object.fromEntries(holidays.map((h) => [h.day, h.name])),
    schoolHolidaysZoneB: school.map((s: { name: string; start: string; end: string }) => ({ ...s })),
  };
}

/** The years of public holidays the demo's copy covers. */
export const CALENDAR_YEARS = { from: 2015, to: 2040 } as const;
