import type { Knex } from 'knex';
import { countDays, street } from '../../../backend/test/fixtures/alerts/alerts';
import { insertSites, refreshCounts } from '../../../backend/test/fixtures/commerce/counts';
import { insertPremises } from '../../../backend/test/fixtures/commerce/premises';
import { addBuilding, monthlyBills, refreshFluids } from '../../../backend/test/fixtures/fluids/bills';
import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

const commune = '99712';

/**
 * A commune whose year in progress is 2025 (bills to March 2025):
 *   B1, electricity, 0.20 EUR/kWh: 1 000 kWh a month in 2024 (12 000 kWh, 2 400 EUR), 1 200 kWh a month from
 *     January to March 2025 (3 600 kWh, 720 EUR) against 3 000 kWh and 600 EUR over the same months of 2024;
 *   rue Haute, 10 premises occupied since 01/01/2023, V01 vacant on 10/03/2024 (the latest status change): 0 %
 *     vacancy at the end of 2023, 10 % at the end of March 2024 against 0 % in March 2023; the commune set its own
 *     vacancy thresholds (watch 5 %, alert 8 %);
 *   F1, pedestrians on rue Haute: 2 400 a day in March 2023 (74 400 over 31 days), 1 200 a day in March 2024
 *     (37 200).
 */
async function fixture(trx: Knex.Transaction): Promise<void> {
  await insertCommune(trx, commune);
  await addBuilding(trx, commune, { id: 'B1' });
  await monthlyBills(trx, commune, 'B1', 'electricity', '2024-01', '2025-03', (y) => (y === 2024 ? 1000 : 1200), 0.2);
  await insertPremises(
    trx,
    commune,
    street('V', 'rue Haute', 10, '2023-01-01', [
      [
        ['2023-01-01', 'occupied', 'services'],
        ['2024-03-10', 'vacant'],
      ],
    ]),
  );
  await trx('alert_thresholds').insert({
    commune_insee: commune,
    kind: 'vacancy_rate',
    threshold_value: 0.08,
    watch_value: 0.05,
    updated_by: 'agent@ville.fr',
  });
  await insertSites(trx, commune, [{ site_id: 'F1', street: 'rue Haute', name: 'Piétons rue Haute' }]);
  await countDays(trx, commune, 'F1', '2023-03-01', '2023-03-31', 2400);
  await countDays(trx, commune, 'F1', '2024-03-01', '2024-03-31', 1200);
  await trx.raw('refresh materialized view analytics.kpi_commerce_vacancy_monthly');
  await refreshCounts(trx);
  await refreshFluids(trx);
}

type Row = Record<string, unknown>;

const pick = (row: Row | undefined, columns: string[]) =>
  Object.fromEntries(columns.map((column) => [column, row?.[column] ?? null]));

const periodColumns = ['period_kind', 'period_start', 'period_end', 'months_covered', 'complete'];
const figureColumns = [
  'value',
  'unit',
  'comparison_value',
  'comparison_start',
  'comparison_end',
  'change',
  'change_kind',
];
const judgmentColumns = ['status', 'threshold', 'watch_threshold', 'threshold_direction', 'threshold_source'];

describe('view kpi_catalogue', () => {
  let result: Row[] = [];
  const find = (indicator: string, year: number, subject: string | null = null) =>
    result.find((r) => r['indicator'] === indicator && r['year'] === year && r['subject_id'] === subject);

  beforeAll(async () => {
    await withRollback(async (trx) => {
      await fixture(trx);
      result = await rows(trx, 'kpi_catalogue', { commune_insee: commune }, ['sort_order', 'year', 'subject_id']);
    });
  });

  it('compares the year in progress with the same months of the year before, never with a full year', () => {
    const cost = find('fluids_cost', 2025);
    expect(pick(cost, periodColumns)).toEqual({
      period_kind: 'year',
      period_start: '2025-01-01',
      period_end: '2025-03-31',
      months_covered: 3,
      complete: false,
    });
    // 720 / 600 - 1 = +20 %: a rise past the default alert level (10 %) of a change
    expect(pick(cost, [...figureColumns, ...judgmentColumns])).toEqual({
      value: 720,
      unit: 'EUR',
      comparison_value: 600,
      comparison_start: '2024-01-01',
      comparison_end: '2024-03-31',
      change: 0.2,
      change_kind: 'relative',
      status: 'alert',
      threshold: 0.1,
      watch_threshold: 0.03,
      threshold_direction: 'above',
      threshold_source: 'default',
    });
    // 2024 is whole but has no year before it: no comparison, no judgment
    expect(pick(find('fluids_cost', 2024), ['value', 'months_covered', 'complete', 'change', 'status'])).toEqual({
      value: 2400,
      months_covered: 12,
      complete: true,
      change: null,
      status: null,
    });
  });

  it('keeps raw and weather-corrected energy as two indicators, the label saying which', () => {
    const raw = find('energy', 2025);
    const corrected = find('energy_corrected', 2025);
    // 3 600 / 3 000 - 1
    expect(pick(raw, ['value', 'unit', 'comparison_value', 'change', 'weather_corrected'])).toEqual({
      value: 3600,
      unit: 'kWh',
      comparison_value: 3000,
      change: 0.2,
      weather_corrected: false,
    });
    expect(raw?.['label']).toBe('Énergie consommée');
    expect(corrected?.['weather_corrected']).toBe(true);
    expect(corrected?.['label']).toBe('Énergie consommée, corrigée du climat');
  });

  it('moves a rate in points and judges it against the commune’s own thresholds', () => {
    // 1 vacant of 10 at the end of March 2024 (the series' last month), 0 of 10 in March 2023: +0.1 = 10 points
    expect(pick(find('vacancy_rate', 2024), [...periodColumns, ...figureColumns, ...judgmentColumns])).toEqual({
      period_kind: 'date',
      period_start: '2024-01-01',
      period_end: '2024-03-31',
      months_covered: 3,
      complete: false,
      value: 0.1,
      unit: 'fraction',
      comparison_value: 0,
      comparison_start: '2023-01-01',
      comparison_end: '2023-03-31',
      change: 0.1,
      change_kind: 'points',
      status: 'alert',
      threshold: 0.08,
      watch_threshold: 0.05,
      threshold_direction: 'above',
      threshold_source: 'commune',
    });
    // 0 % at the end of 2023, below the commune's 5 %; no series twelve months before
    expect(pick(find('vacancy_rate', 2023), ['value', 'complete', 'change', 'status'])).toEqual({
      value: 0,
      complete: true,
      change: null,
      status: 'ok',
    });
  });

  it('gives a street its footfall per day in its latest month, against the same month a year before', () => {
    expect(pick(find('street_footfall', 2024, 'rue Haute'), [...periodColumns, ...figureColumns])).toEqual({
      period_kind: 'month',
      period_start: '2024-03-01',
      period_end: '2024-03-31',
      months_covered: 1,
      complete: true,
      value: 1200,
      unit: 'per_day',
      comparison_value: 2400,
      comparison_start: '2023-03-01',
      comparison_end: '2023-03-31',
      // 1 200 / 2 400 - 1
      change: -0.5,
      change_kind: 'relative',
    });
    // the commune's footfall: March only, each year (31 x 1 200 against 31 x 2 400)
    expect(pick(find('footfall', 2024), ['value', 'comparison_value', 'change', 'months_covered', 'complete'])).toEqual(
      {
        value: 37200,
        comparison_value: 74400,
        change: -0.5,
        months_covered: 1,
        complete: false,
      },
    );
  });

  it('counts the open alerts by severity for the latest year, judged by their count', () => {
    // vacancy_spike on rue Haute: 10 points >= 2 x 5 (high); footfall_drop F1: 50 % >= 2 x 20 (high)
    expect(
      result
        .filter((r) => r['family'] === 'alerts')
        .map((r) => [r['indicator'], r['year'], r['value'], r['unit'], r['status'], r['change']]),
    ).toEqual([
      ['open_alerts_high', 2025, 2, 'count', 'alert', null],
      ['open_alerts_medium', 2025, 0, 'count', 'ok', null],
    ]);
  });

  it('has one row per commune, indicator, subject and year, and never mixes the kinds of change', () => {
    expectUniqueGrain(result, ['commune_insee', 'indicator', 'subject_id', 'year']);
    for (const row of result) {
      if (row['change'] === null) continue;
      const kind = row['unit'] === 'fraction' ? 'points' : 'relative';
      expect(row['change_kind']).withContext(String(row['indicator'])).toBe(kind);
    }
    for (const row of result.filter((r) => r['unit'] === 'fraction')) {
      expect(row['value'] as number).toBeGreaterThanOrEqual(0);
      expect(row['value'] as number).toBeLessThanOrEqual(1);
    }
    expect(result.every((r) => ['ok', 'watch', 'alert', null].includes(r['status'] as string | null))).toBeTrue();
  });
});
