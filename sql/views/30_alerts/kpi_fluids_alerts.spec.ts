import { addBuilding, monthlyBills, refreshFluids, yearlyBill } from '../../../backend/test/fixtures/fluids/bills';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99207';

describe('view kpi_fluids_alerts', () => {
  it('turns anomalous months, trajectories, rules and gaps into episodes with an estimated cost, most costly first', async () => {
    await withRollback(async (trx) => {
      await insertCommune(trx, commune);
      for (const [id, type] of [
        ['W1', 'school'],
        ['E1', 'school'],
        ['E2', 'office'],
        ['M1', 'school'],
      ]) {
        await addBuilding(trx, commune, { id, type, area: 800 });
      }
      // W1: 30 m3 of water a month for years, 60 from October 2024: 3 months x 30 m3 too many at 4 EUR = 360 EUR
      await monthlyBills(
        trx,
        commune,
        'W1',
        'water',
        '2020-01',
        '2024-12',
        (y, m) => (y === 2024 && m >= 10 ? 60 : 30),
        4,
      );
      // E1: 1,000 kWh a month, 1,500 in June 2024 only: 500 kWh at 0.20 = 100 EUR
      await monthlyBills(
        trx,
        commune,
        'E1',
        'electricity',
        '2020-01',
        '2024-12',
        (y, m) => (y === 2024 && m === 6 ? 1500 : 1000),
        0.2,
      );
      // E2: 1,000 kWh a month, 1,300 from July to September 2024: a lasting step, 900 kWh = 180 EUR
      await monthlyBills(
        trx,
        commune,
        'E2',
        'electricity',
        '2020-01',
        '2024-12',
        (y, m) => (y === 2024 && m >= 7 && m <= 9 ? 1300 : 1000),
        0.2,
      );
      // M1: no bill for March 2024
      await monthlyBills(
        trx,
        commune,
        'M1',
        'electricity',
        '2023-01',
        '2024-12',
        (y, m) => (y === 2024 && m === 3 ? null : 1000),
        0.2,
      );
      // T1, a 2,000 m² gym: reference 2021 (120,000 kWh, highest of 2020-2022); 2024 target 120,000 x (1 - 0.4 x 3/9)
      // = 104,000 kWh; it used 130,000, more than in 2021: 26,000 kWh above the path, 5,200 EUR
      await addBuilding(trx, commune, { id: 'T1', type: 'gym', area: 2000 });
      for (const [year, kwh] of [
        [2020, 100_000],
        [2021, 120_000],
        [2022, 110_000],
        [2023, 105_000],
        [2024, 130_000],
      ]) {
        await yearlyBill(trx, commune, 'T1', 'electricity', year, kwh, 0.2);
      }
      // the agent's rule: offices' electricity more than 20 % above the same month a year earlier
      const [{ id: ruleId }] = await trx('fluid_alert_rules')
        .insert({
          commune_insee: commune,
          building_type: 'office',
          fluid: 'electricity',
          threshold_kind: 'percent',
          threshold_value: 20,
        })
        .returning('id');
      await trx('fluid_alert_acknowledgements').insert({
        commune_insee: commune,
        alert_key: 'leak|W1|water|2024-10',
        building_id: 'W1',
        fluid: 'water',
        kind: 'leak',
        comment: 'plombier prévenu',
      });
      await refreshFluids(trx);

      const result = (await rows(trx, 'kpi_fluids_alerts', { commune_insee: commune })).sort(
        (a, b) => ((b['estimated_cost_eur'] as number) ?? -1) - ((a['estimated_cost_eur'] as number) ?? -1),
      );

      expect(
        result.map((r) => [
          r['alert_key'],
          r['kind'],
          r['month_label'],
          r['since_label'],
          r['months'],
          r['excess_quantity'],
          r['estimated_cost_eur'],
          r['score'],
          r['acknowledged'],
        ]),
      ).toEqual([
        ['trajectory|T1|energy|2024-01', 'trajectory', '2024-12', '2024-01', 12, 26000, 5200, 0.0833, false],
        // robust z of the leak: (60 - 30) / max(1.4826 x 0, 5 % x 30) = 20
        ['leak|W1|water|2024-10', 'leak', '2024-12', '2024-10', 3, 90, 360, 20, true],
        // (1,300 - 1,000) / 50 = 6
        ['step|E2|electricity|2024-07', 'step', '2024-09', '2024-07', 3, 900, 180, 6, false],
        ['anomaly|E1|electricity|2024-06', 'anomaly', '2024-06', '2024-06', 1, 500, 100, 10, false],
        // 1,300 against 1,000 x 1.2 = 1,200: 100 kWh over the threshold for 3 months, 60 EUR; score 1,300 / 1,200
        [`rule|E2|electricity|2024-07|${ruleId}`, 'rule', '2024-09', '2024-07', 3, 300, 60, 1.0833, false],
        [
          'missing_readings|M1|electricity|2024-03',
          'missing_readings',
          '2024-03',
          '2024-03',
          1,
          null,
          null,
          null,
          false,
        ],
      ]);
      expectUniqueGrain(result, ['alert_key']);
      const leak = result.find((r) => r['kind'] === 'leak')!;
      expect([leak['comment'], leak['acknowledged_by'], leak['building_type']]).toEqual([
        'plombier prévenu',
        'api',
        'school',
      ]);
      for (const r of result.filter((a) => a['estimated_cost_eur'] !== null))
        expect(r['estimated_cost_eur'] as number).toBeGreaterThan(0);
    });
  });
});
