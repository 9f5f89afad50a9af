import type { Knex } from 'knex';
import { countDays } from '../../../backend/test/fixtures/alerts/alerts';
import { insertSites, refreshCounts } from '../../../backend/test/fixtures/commerce/counts';
import { insertQuartier } from '../../../backend/test/fixtures/commerce/premises';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99703';

/**
 * Three counting sites; the commune's counts end on 31/12/2024, so its last 12 months are 2024-01 to 2024-12.
 *   S1, pedestrians, rue Haute (quartier Centre, zone Centre-ville), every hour counted from 01/01/2023:
 *     2 400 a day all 2023; 2024: January-February 2 400, March-May 1 800 (-25 %), June-August 2 400,
 *     September-October 1 200 (-50 %), November 1 200 but silent from the 23rd (22 of 30 days: 73 % complete, not
 *     compared), December 1 200 (-50 %).
 *   S2, bikes: 960 a day, 816 in December 2024 (1 - 816 / 960 = -15 %).
 *   S3, pedestrians, counting from 20/03/2023 (12 days of March followed) to 30/04/2023 at 2 400 a day, silent until
 *     01/03/2024, then 1 200 a day in March and April 2024, silent after.
 */
async function fixture(trx: Knex.Transaction): Promise<void> {
  await insertCommune(trx, commune);
  const centre = await insertQuartier(trx, commune, 'Centre');
  await insertSites(trx, commune, [
    { site_id: 'S1', street: 'rue Haute', zone: 'Centre-ville', name: 'Piétons rue Haute' },
    { site_id: 'S2', kind: 'bike', street: 'boulevard Bas', zone: 'Hors centre' },
    { site_id: 'S3', street: 'rue Neuve', zone: 'Centre-ville' },
  ]);
  await trx('counting_sites').where({ commune_insee: commune, site_id: 'S1' }).update({ quartier_id: centre });
  const s1: [string, string, number][] = [
    ['2023-01-01', '2024-02-29', 2400],
    ['2024-03-01', '2024-05-31', 1800],
    ['2024-06-01', '2024-08-31', 2400],
    ['2024-09-01', '2024-11-22', 1200],
    ['2024-12-01', '2024-12-31', 1200],
  ];
  for (const [from, to, daily] of s1) await countDays(trx, commune, 'S1', from, to, daily);
  await countDays(trx, commune, 'S2', '2023-01-01', '2024-11-30', 960);
  await countDays(trx, commune, 'S2', '2024-12-01', '2024-12-31', 816);
  await countDays(trx, commune, 'S3', '2023-03-20', '2023-04-30', 2400);
  await countDays(trx, commune, 'S3', '2024-03-01', '2024-04-30', 1200);
  await refreshCounts(trx);
}

const shape = (r: Record<string, unknown>) => [
  r['alert_key'],
  r['first_month'],
  r['last_month'],
  r['months'],
  r['value'],
  r['reference_value'],
  r['current_value'],
  r['threshold_value'],
];

describe('view kpi_footfall_alerts', () => {
  it("turns a site's falls against the same month a year earlier into episodes, complete months only", async () => {
    await withRollback(async (trx) => {
      await fixture(trx);

      const result = await rows(trx, 'kpi_footfall_alerts', { commune_insee: commune }, ['alert_key']);

      expect(result.map(shape)).toEqual([
        // 1 - 1 800 / 2 400 = 25.0 % from March to May 2024
        ['footfall_drop|S1|2024-03', '2024-03', '2024-05', 3, 25, 2400, 1800, 20],
        // 1 - 1 200 / 2 400 = 50.0 %; November (73 % complete) is not compared and ends the episode
        ['footfall_drop|S1|2024-09', '2024-09', '2024-10', 2, 50, 2400, 1200, 20],
        ['footfall_drop|S1|2024-12', '2024-12', '2024-12', 1, 50, 2400, 1200, 20],
        // April only: March 2023 was followed 12 days of 31 (< 80 %), so March 2024 has nothing to be compared with
        ['footfall_drop|S3|2024-04', '2024-04', '2024-04', 1, 50, 2400, 1200, 20],
        // not here: S2 (-15 % < 20 %)
      ]);
      expect(result[0]).toEqual(
        jasmine.objectContaining({
          family: 'flows',
          kind: 'footfall_drop',
          subject_id: 'S1',
          subject_label: 'Piétons rue Haute',
          street: 'rue Haute',
          quartier: 'Centre',
          zone: 'Centre-ville',
          site_kind: 'pedestrian',
          unit: '%',
          estimated_cost_eur: null,
        }),
      );
      expectUniqueGrain(result, ['commune_insee', 'alert_key']);
    });
  });

  it("applies the commune's threshold to every kind of site", async () => {
    await withRollback(async (trx) => {
      await fixture(trx);
      await trx('alert_thresholds').insert({
        commune_insee: commune,
        kind: 'footfall_drop',
        threshold_value: 15,
        updated_by: 'agent',
      });
      const at15 = await rows(trx, 'kpi_footfall_alerts', { commune_insee: commune });
      // -15.0 % reaches 15: the bike counter's December
      expect(at15.find((r) => r['subject_id'] === 'S2')!).toEqual(
        jasmine.objectContaining({
          alert_key: 'footfall_drop|S2|2024-12',
          value: 15,
          reference_value: 960,
          current_value: 816,
          site_kind: 'bike',
        }),
      );
      expect(at15.length).toBe(5);

      await trx('alert_thresholds')
        .where({ commune_insee: commune, kind: 'footfall_drop' })
        .update({ threshold_value: 30 });
      const at30 = await rows(trx, 'kpi_footfall_alerts', { commune_insee: commune }, ['alert_key']);
      expect(at30.map((r) => r['alert_key'])).toEqual([
        'footfall_drop|S1|2024-09',
        'footfall_drop|S1|2024-12',
        'footfall_drop|S3|2024-04',
      ]);
    });
  });
});
