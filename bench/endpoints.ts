import type { Knex } from 'knex';
import { martOf } from '../backend/src/db/marts';
import * as alerts from '../backend/src/modules/alerts/alerts.repository';
import * as budget from '../backend/src/modules/budget/budget.repository';
import * as commerce from '../backend/src/modules/commerce/commerce.repository';
import * as communes from '../backend/src/modules/communes/communes.repository';
import * as counts from '../backend/src/modules/counts/counts.repository';
import * as countsService from '../backend/src/modules/counts/counts.service';
import * as fluids from '../backend/src/modules/fluids/fluids.repository';
import * as fluidsService from '../backend/src/modules/fluids/fluids.service';
import * as kpis from '../backend/src/modules/kpis/kpis.repository';
import * as peers from '../backend/src/modules/peers/peers.repository';

/** What the benchmark fires at: an API path and the same SQL run directly (the repository call behind it). */
export interface BenchEndpoint {
  name: string;
  path: string;
  sql: (db: Knex) => Promise<unknown>;
}

export interface BenchContext {
  commune: string;
  year: number;
}

/** Each family adds its KPI endpoints here. */
export function benchEndpoints({ commune, year }: BenchContext): BenchEndpoint[] {
  return [
    {
      name: 'overview',
      path: `/api/v1/overview?commune=${commune}`,
      sql: (db) => db(martOf('kpi_commune_year_overview')).where({ commune_insee: commune }).orderBy('year'),
    },
    {
      name: 'KPI catalogue (every headline figure)',
      path: `/api/v1/kpis?commune=${commune}&year=${year}`,
      sql: (db) => kpis.list(db, { commune, year, publicOnly: false }),
    },
    {
      name: 'council brief (JSON)',
      path: `/api/v1/brief?commune=${commune}&year=${year}`,
      sql: async () => undefined,
    },
    {
      name: 'quartiers summary',
      path: `/api/v1/quartiers/summary?commune=${commune}&year=${year}`,
      sql: (db) => communes.quartierSummary(db, commune, year),
    },
    {
      name: 'quartier shapes',
      path: `/api/v1/communes/${commune}/quartiers`,
      sql: (db) => communes.listQuartiers(db, commune),
    },
    {
      name: 'budget ratios (contract)',
      path: `/api/v1/budget/ratios?commune=${commune}&year=${year}`,
      sql: (db) => budget.contractRatios(db, commune, year),
    },
    {
      name: 'budget health 6 years',
      path: `/api/v1/budget/health?commune=${commune}&year=${year}`,
      sql: (db) => budget.health(db, commune, year - 5, year),
    },
    {
      name: 'budget execution by chapter',
      path: `/api/v1/budget/execution?commune=${commune}&year=${year}&level=chapter`,
      sql: (db) => budget.execution(db, { commune, year, level: 'chapter' }),
    },
    {
      name: 'budget drill-down articles',
      path: `/api/v1/budget/execution?commune=${commune}&year=${year}&level=article&function=2`,
      sql: (db) => budget.execution(db, { commune, year, level: 'article', function: '2' }),
    },
    {
      name: 'budget lines of a chapter',
      path: `/api/v1/budget/lines?commune=${commune}&year=${year}&function=2&chapter=011`,
      sql: (db) => budget.lines(db, { commune, year, function: '2', chapter: '011', operations: 'real' }),
    },
    {
      name: 'budget partner comparison',
      path: `/api/v1/budget/comparison?year=${year}`,
      sql: (db) => budget.comparison(db, year),
    },
    {
      name: 'budget programmes',
      path: `/api/v1/budget/programmes?commune=${commune}`,
      sql: (db) => budget.programmes(db, { commune }),
    },
    {
      name: 'budget investment per quartier',
      path: `/api/v1/budget/investment?commune=${commune}&year=${year}`,
      sql: (db) => budget.investmentPlaces(db, commune, year, 'quartier'),
    },
    // fluids (issue 5): the two contract endpoints, then the dashboard's calls; LIL-ECO-023 (the leaking school) and
    // LIL-GYM-002 (off its trajectory) exist at every scale
    {
      name: 'fluids monthly (contract)',
      path: `/api/v1/fluids/monthly?building=LIL-ECO-023&fluid=water`,
      sql: (db) => fluids.meterMonths(db, '59350', 'LIL-ECO-023', 'water', {}),
    },
    {
      name: 'fluids alerts (contract)',
      path: `/api/v1/fluids/alerts?commune=${commune}`,
      sql: async (db) =>
        fluids.alerts(db, { commune, from: await fluidsService.alertsFrom(db, commune), status: 'all', limit: 500 }),
    },
    {
      name: 'fluids buildings ranking',
      path: `/api/v1/fluids/buildings?commune=${commune}&year=${year}`,
      sql: async (db) =>
        fluids.buildingsOfYear(db, commune, year, undefined, `${await fluidsService.alertsFrom(db, commune)}-01`),
    },
    {
      name: 'fluids commune months',
      path: `/api/v1/fluids/commune-months?commune=${commune}`,
      sql: (db) => fluids.communeMonths(db, commune, undefined, {}),
    },
    {
      name: 'fluids commune years',
      path: `/api/v1/fluids/commune-years?commune=${commune}`,
      sql: (db) => fluids.communeYears(db, commune),
    },
    {
      name: 'fluids building page',
      path: `/api/v1/fluids/buildings/LIL-GYM-002?commune=${commune}`,
      sql: (db) =>
        Promise.all([
          fluids.buildingBalances(db, commune, 'LIL-GYM-002'),
          fluids.buildingYears(db, commune, 'LIL-GYM-002'),
        ]),
    },
    {
      name: 'fluids building months',
      path: `/api/v1/fluids/buildings/LIL-GYM-002/months?commune=${commune}`,
      sql: (db) => fluids.buildingMonths(db, commune, 'LIL-GYM-002', undefined, {}),
    },
    {
      name: 'fluids trajectory of a year',
      path: `/api/v1/fluids/trajectory?commune=${commune}&year=${year}`,
      sql: (db) => fluids.trajectory(db, commune, { year }),
    },
    {
      name: 'fluids data quality',
      path: `/api/v1/fluids/quality?commune=${commune}`,
      sql: (db) => fluids.quality(db, commune, { limit: 2000 }),
    },
    {
      name: 'fluids OPERAT export (xlsx)',
      path: `/api/v1/fluids/operat?commune=${commune}&year=${year}&format=xlsx`,
      sql: (db) => fluids.operat(db, commune, year),
    },
    // town centre (issue 6): commercial vacancy, then flow counts (the hourly table is the big one: 50 sites x 8 years
    // at scale 1); LIL-INT-001 (the planted works on rue Léon Gambetta) exists at every scale
    {
      name: 'commerce vacancy by street (contract)',
      path: `/api/v1/commerce/vacancy?commune=${commune}&date=${year}-12-31&by=street`,
      sql: (db) => commerce.vacancyAt(db, commune, `${year}-12-31`, 'street'),
    },
    {
      name: 'commerce overview',
      path: `/api/v1/commerce/overview?commune=${commune}&date=${year}-12-31`,
      sql: (db) =>
        Promise.all([
          commerce.vacancyAt(db, commune, `${year}-12-31`, 'commune'),
          commerce.vacancyAt(db, commune, `${year - 1}-12-31`, 'commune'),
          commerce.references(db, commune),
        ]),
    },
    {
      name: 'commerce monthly vacancy',
      path: `/api/v1/commerce/vacancy/monthly?commune=${commune}&by=commune`,
      sql: (db) => commerce.monthly(db, commune, { by: 'commune' }),
    },
    {
      name: 'commerce streets with footfall',
      path: `/api/v1/commerce/streets?commune=${commune}&month=${year}-12`,
      sql: (db) => commerce.streets(db, commune, `${year}-12`),
    },
    {
      name: 'commerce premises map',
      path: `/api/v1/commerce/premises?commune=${commune}&date=${year}-12-31`,
      sql: (db) => commerce.premisesAt(db, commune, `${year}-12-31`, {}),
    },
    {
      name: 'counts sites with completeness',
      path: `/api/v1/counts/sites?commune=${commune}&from=${year}-01-01&to=${year}-12-31`,
      sql: (db) => counts.sites(db, commune, `${year}-01-01`, `${year}-12-31`),
    },
    {
      name: 'counts daily per zone, a year',
      path: `/api/v1/counts/daily?commune=${commune}&level=zone&kind=pedestrian&from=${year}-01-01&to=${year}-12-31`,
      sql: (db) => counts.daily(db, commune, { level: 'zone', kind: 'pedestrian' }, `${year}-01-01`, `${year}-12-31`),
    },
    {
      name: 'counts monthly per site',
      path: `/api/v1/counts/periods?commune=${commune}&period=month&level=site&from=${year - 1}-01-01&to=${year}-12-31`,
      sql: (db) =>
        counts.periods(
          db,
          commune,
          'month',
          { level: 'site', kind: 'pedestrian' },
          `${year - 1}-01-01`,
          `${year}-12-31`,
        ),
    },
    {
      name: 'counts hour x weekday profile',
      path: `/api/v1/counts/profile?commune=${commune}&year=${year}&level=commune`,
      sql: (db) => counts.profile(db, commune, year, { level: 'commune', kind: 'pedestrian' }),
    },
    {
      name: 'counts year-on-year',
      path: `/api/v1/counts/year-on-year?commune=${commune}&from=${year}-01-01&to=${year}-12-31&kind=pedestrian`,
      sql: (db) => counts.yearOnYear(db, commune, `${year}-01-01`, `${year}-12-31`, { kind: 'pedestrian' }),
    },
    {
      name: 'alerts centre, every family but fluids',
      path: `/api/v1/alerts?commune=${commune}&status=all`,
      sql: (db) => alerts.list(db, { commune, status: 'all', limit: 200 }),
    },
    {
      name: 'counts impact of works',
      path: `/api/v1/counts/impact?commune=${commune}&intervention=LIL-INT-001`,
      sql: (db) => countsService.impact(db, commune, { intervention: 'LIL-INT-001', window: 56 }),
    },
    {
      name: 'budget peers, strate (contract)',
      path: `/api/v1/budget/peers?commune=${commune}&year=2024&group=strate`,
      sql: (db) => peers.peers(db, commune, 2024, 'strate'),
    },
    {
      name: 'budget peers, département (contract)',
      path: `/api/v1/budget/peers?commune=${commune}&year=2024&group=departement`,
      sql: (db) => peers.peers(db, commune, 2024, 'departement'),
    },
  ];
}
