import type { Knex } from 'knex';
import { street } from '../../../backend/test/fixtures/alerts/alerts';
import { insertPremises, insertQuartier } from '../../../backend/test/fixtures/commerce/premises';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99702';
const since = '2022-01-01';

/**
 * Four streets, every premises occupied from 01/01/2022 unless said otherwise; the commune's series runs from
 * 2022-01 to 2024-12 (its latest status change, 05/12/2024), so its last 12 months are 2024-01 to 2024-12.
 *   rue Haute (10 premises, quartier Centre): H01 vacant 15/03/2024, H02 vacant 10/05/2024, both let again
 *     01/09/2024; H03 vacant 20/11/2024. Month-end vacancy: March-April 1/10 = 10 %, May-August 2/10 = 20 %,
 *     September-October 0, November-December 10 %; a year before, 0 every month: rises of 10, 10, 20, 20, 20, 20,
 *     0, 0, 10, 10 points.
 *   rue Large (10 premises): G01 and G02 vacant 05/03/2024, G02 let again 01/06/2024: 20 points up from March to
 *     May 2024, 10 points from June to December.
 *   rue Longue (10 premises): L01 vacant 15/10/2023 for good: 10 points up from October 2023 to September 2024,
 *     0 from October 2024 (it was already vacant a year before).
 *   rue Neuve (10 premises): N01 vacant 10/06/2023, let again 05/12/2023: 10 points June to November 2023 only.
 *   rue Basse (9 premises): B01 vacant 01/06/2024 (1/9 = 11.11 points up) and B02 vacant 05/12/2024; too few premises.
 */
async function fixture(trx: Knex.Transaction): Promise<void> {
  await insertCommune(trx, commune);
  const centre = await insertQuartier(trx, commune, 'Centre');
  await insertPremises(trx, commune, [
    ...street(
      'H',
      'rue Haute',
      10,
      since,
      [
        [
          [since, 'occupied', 'services'],
          ['2024-03-15', 'vacant'],
          ['2024-09-01', 'occupied', 'alimentaire'],
        ],
        [
          [since, 'occupied', 'services'],
          ['2024-05-10', 'vacant'],
          ['2024-09-01', 'occupied', 'services'],
        ],
        [
          [since, 'occupied', 'services'],
          ['2024-11-20', 'vacant'],
        ],
      ],
      centre,
    ),
    ...street('G', 'rue Large', 10, since, [
      [
        [since, 'occupied', 'services'],
        ['2024-03-05', 'vacant'],
      ],
      [
        [since, 'occupied', 'services'],
        ['2024-03-05', 'vacant'],
        ['2024-06-01', 'occupied', 'services'],
      ],
    ]),
    ...street('L', 'rue Longue', 10, since, [
      [
        [since, 'occupied', 'services'],
        ['2023-10-15', 'vacant'],
      ],
    ]),
    ...street('N', 'rue Neuve', 10, since, [
      [
        [since, 'occupied', 'services'],
        ['2023-06-10', 'vacant'],
        ['2023-12-05', 'occupied', 'services'],
      ],
    ]),
    ...street('B', 'rue Basse', 9, since, [
      [
        [since, 'occupied', 'services'],
        ['2024-06-01', 'vacant'],
      ],
      [
        [since, 'occupied', 'services'],
        ['2024-12-05', 'vacant'],
      ],
    ]),
  ]);
  await trx.raw('refresh materialized view analytics.kpi_commerce_vacancy_monthly');
}

const shape = (r: Record<string, unknown>) => [
  r['alert_key'],
  r['first_month'],
  r['last_month'],
  r['months'],
  r['value'],
  r['reference_value'],
  r['current_value'],
  r['premises'],
  r['threshold_value'],
];

describe('view kpi_vacancy_alerts', () => {
  it('turns months of fast-rising street vacancy into episodes over the last 12 months', async () => {
    await withRollback(async (trx) => {
      await fixture(trx);

      const result = await rows(trx, 'kpi_vacancy_alerts', { commune_insee: commune }, ['alert_key']);

      expect(result.map(shape)).toEqual([
        // March to August 2024 (>= 5 points every month); in August, its last month, 20 % against 0 % a year before
        ['vacancy_spike|rue Haute|2024-03', '2024-03', '2024-08', 6, 20, 0, 0.2, 10, 5],
        // a new episode after two calm months: a new key
        ['vacancy_spike|rue Haute|2024-11', '2024-11', '2024-12', 2, 10, 0, 0.1, 10, 5],
        // the rise of the last month (10 points, 0 % -> 10 %), not the worst one (20 points in March to May) beside
        // the rates of another month
        ['vacancy_spike|rue Large|2024-03', '2024-03', '2024-12', 10, 10, 0, 0.1, 10, 5],
        // it ends in the window (September 2024) and keeps its true first month, October 2023, outside it
        ['vacancy_spike|rue Longue|2023-10', '2023-10', '2024-09', 12, 10, 0, 0.1, 10, 5],
        // not here: rue Neuve (its episode ended in November 2023, before the last 12 months), rue Basse (9 premises)
      ]);
      expect(result[0]).toEqual(
        jasmine.objectContaining({
          family: 'commerce',
          kind: 'vacancy_spike',
          subject_id: 'rue Haute',
          subject_label: 'rue Haute',
          street: 'rue Haute',
          quartier: 'Centre',
          unit: 'points',
          estimated_cost_eur: null,
        }),
      );
      expect(result[3]['quartier']).toBeNull();
      expectUniqueGrain(result, ['commune_insee', 'alert_key']);
    });
  });

  it("applies the commune's threshold: 10 points still reach 10, 15 keep only the 20-point months", async () => {
    await withRollback(async (trx) => {
      await fixture(trx);
      await trx('alert_thresholds').insert({
        commune_insee: commune,
        kind: 'vacancy_spike',
        threshold_value: 10,
        updated_by: 'agent',
      });
      expect((await rows(trx, 'kpi_vacancy_alerts', { commune_insee: commune })).length).toBe(4);

      await trx('alert_thresholds')
        .where({ commune_insee: commune, kind: 'vacancy_spike' })
        .update({ threshold_value: 15 });
      const result = await rows(trx, 'kpi_vacancy_alerts', { commune_insee: commune }, ['alert_key']);

      // only May to August 2024 reach 15 points on rue Haute: the episode starts in May, so its key is another one;
      // rue Large's March to May
      expect(result.map(shape)).toEqual([
        ['vacancy_spike|rue Haute|2024-05', '2024-05', '2024-08', 4, 20, 0, 0.2, 10, 15],
        ['vacancy_spike|rue Large|2024-03', '2024-03', '2024-05', 3, 20, 0, 0.2, 10, 15],
      ]);
    });
  });
});
