import { testKnex } from '../../test/helpers/database';
import { frenchCalendar } from './french-calendar';
import { CALENDAR_YEARS, readFrenchCalendar } from './french-calendar-sql';

/**
 * Easter and the holidays are computed once, in SQL (migration 0031). The pure demo generator reads a copy; if a
 * migration changes the calendar, this fails until `npx tsx backend/src/cli/write-demo-calendar.ts` writes it again.
 */
describe('the demo calendar (a copy of the SQL calendar)', () => {
  it('is exactly what PostgreSQL computes: every public holiday of the years covered and the zone-B school holidays', async () => {
    const fromDatabase = await readFrenchCalendar(await testKnex(), CALENDAR_YEARS.from, CALENDAR_YEARS.to);

    expect(frenchCalendar()).toEqual(fromDatabase);
  });

  it('names the holidays of a year by hand, Easter Monday 2026 on 6 April', () => {
    const of2026 = Object.entries(frenchCalendar().publicHolidays).filter(([day]) => day.startsWith('2026'));

    expect(of2026.length).toBe(11);
    expect(of2026).toContain(['2026-04-06', 'Lundi de Pâques']);
    expect(of2026).toContain(['2026-05-14', 'Ascension']);
    expect(of2026).toContain(['2026-05-25', 'Lundi de Pentecôte']);
  });
});
