import { expectUniqueGrain, withRollback } from '../../../backend/test/helpers/sql';

describe('materialized view stg_counts_calendar', () => {
  it('knows the French public holidays, the zone B school holidays and the day clocks go forward', async () => {
    await withRollback(async (trx) => {
      const days = await trx('analytics.stg_counts_calendar')
        .whereBetween('day', ['2024-01-01', '2025-12-31'])
        .orderBy('day');
      const byDay = new Map(days.map((d) => [d.day, d]));
      const holidays = (year: number) =>
        days
          .filter((d) => d.day.startsWith(`${year}`) && d.public_holiday)
          .map((d) => `${d.day.slice(5)} ${d.public_holiday}`);

      // Easter Sunday was 31 March 2024 and 20 April 2025: Easter Monday, Ascension (+39) and Whit Monday (+50) follow
      expect(holidays(2024)).toEqual([
        "01-01 Jour de l'an",
        '04-01 Lundi de Pâques',
        '05-01 Fête du Travail',
        '05-08 Victoire 1945',
        '05-09 Ascension',
        '05-20 Lundi de Pentecôte',
        '07-14 Fête nationale',
        '08-15 Assomption',
        '11-01 Toussaint',
        '11-11 Armistice 1918',
        '12-25 Noël',
      ]);
      expect(holidays(2025).slice(1, 6)).toEqual([
        '04-21 Lundi de Pâques',
        '05-01 Fête du Travail',
        '05-08 Victoire 1945',
        '05-29 Ascension',
        '06-09 Lundi de Pentecôte',
      ]);
      // 14 July 2024 was a Sunday: a holiday first
      expect([
        byDay.get('2024-07-14').day_type,
        byDay.get('2024-07-13').day_type,
        byDay.get('2024-07-12').day_type,
      ]).toEqual(['public_holiday', 'saturday', 'weekday']);
      // zone B winter holidays 2024: 24 February to 10 March
      expect([
        byDay.get('2024-02-23').school_holiday,
        byDay.get('2024-02-24').school_holiday,
        byDay.get('2024-03-10').school_holiday,
        byDay.get('2024-03-11').school_holiday,
      ]).toEqual([null, 'Hiver 2024', 'Hiver 2024', null]);
      // clocks go forward on the last Sunday of March (31/03/2024, 30/03/2025)
      expect(days.filter((d) => d.wall_clock_hours !== 24).map((d) => [d.day, d.wall_clock_hours])).toEqual([
        ['2024-03-31', 23],
        ['2025-03-30', 23],
      ]);
      // 364 days before is the same weekday
      expect(
        days.every(
          (d) =>
            d.same_weekday_last_year ===
            new Date(Date.parse(`${d.day}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10),
        ),
      ).toBeTrue();
      expect(days.length).toBe(366 + 365);
      expectUniqueGrain(days, ['day']);
    });
  });
});
