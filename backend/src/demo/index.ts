// The demo city: Lille (12 quartiers, Lomme and Hellemmes included) and its partner communes Roubaix, Tourcoing
// and Marcq-en-Barœul, from 2020 to a fixed as-of date. Deterministic: the same options give the same rows.
// See README.md in this folder for the orders of magnitude and the planted stories.
import { buildBudget } from './budget';
import {
  DRIFTING_BUILDING_ID,
  DRIFTING_BUILDING_NAME,
  INDEX_RESET_BUILDING_ID,
  LEAKING_SCHOOL_ID,
  LEAKING_SCHOOL_NAME,
  LEAK_START,
  buildBuildings,
} from './buildings';
import { toDay } from './calendar';
import { buildCommerce, DECLINE_VACANCY_FROM, DECLINE_VACANCY_TO } from './commerce';
import { ANCHOR_CLOSURE, ANCHOR_CLOSURE_FACTOR, countsHourly } from './counts';
import { buildWeather, degreeDaysRows } from './degree-days';
import { buildFluids } from './fluids';
import { buildGeography, WEATHER_STATION } from './geography';
import { WORKS_AFTER, WORKS_DURING, WORKS_END, WORKS_ID, WORKS_START, interventionRows } from './interventions';
import { WORKS_PROGRAMME_ID, buildProgrammes, programmeCreditRows } from './programmes';
import type * as Rows from './rows';
import { BIKE_LANE_SITE, CONTROL_SITES, DECLINING_STREET_SITE, WORKS_SITES, buildSites } from './sites';
import { DECLINING_STREET, WORKS_STREET } from './streets';

export interface DemoCityOptions {
  /** Seed of every random stream (default 20260). */
  seed?: number;
  /** Multiplies buildings, premises, counting sites and programmes (default 1; 0.1 for fast tests, 10 for benchmarks). */
  scale?: number;
  /** Last day with data, 'YYYY-MM-DD' (default '2026-10-31'). Never the clock: the output must not change. */
  asOf?: string;
  /** First day of fluids, degree-days and counts, the first of a month (default '2020-01-01'). */
  from?: string;
}

export type ResolvedDemoOptions = Required<DemoCityOptions>;

export const DEFAULT_DEMO_OPTIONS: ResolvedDemoOptions = {
  seed: 20260,
  scale: 1,
  asOf: '2026-10-31',
  from: '2020-01-01',
};

/** Rows per table, keys exactly the columns of the schema. counts_hourly is lazy (millions of rows). */
export interface DemoCity {
  communes: Rows.CommuneRow[];
  quartiers: Rows.QuartierRow[];
  buildings: Rows.BuildingRow[];
  meters: Rows.MeterRow[];
  meter_readings: Rows.MeterReadingRow[];
  degree_days: Rows.DegreeDaysRow[];
  budget_lines: Rows.BudgetLineRow[];
  debt_outstanding: Rows.DebtOutstandingRow[];
  programmes: Rows.ProgrammeRow[];
  programme_credits: Rows.ProgrammeCreditRow[];
  premises: Rows.PremisesRow[];
  premises_status: Rows.PremisesStatusRow[];
  counting_sites: Rows.CountingSiteRow[];
  /** Re-iterable: each pass regenerates the same rows. */
  counts_hourly: Iterable<Rows.CountHourlyRow>;
  interventions: Rows.InterventionRow[];
}

export type DemoTable = keyof DemoCity;

/** Tables in insertion order (parents first); delete in the reverse order. */
export const DEMO_TABLES: readonly DemoTable[] = [
  'communes',
  'quartiers',
  'buildings',
  'meters',
  'meter_readings',
  'degree_days',
  'budget_lines',
  'debt_outstanding',
  'programmes',
  'programme_credits',
  'premises',
  'premises_status',
  'counting_sites',
  'counts_hourly',
  'interventions',
];

/** Where the planted stories live (README.md, "Planted stories"). */
export const PLANTED_STORIES = {
  leakingSchool: {
    commune_insee: '59350',
    building_id: LEAKING_SCHOOL_ID,
    name: LEAKING_SCHOOL_NAME,
    fluid: 'water',
    from: LEAK_START,
  },
  driftingBuilding: {
    commune_insee: '59350',
    building_id: DRIFTING_BUILDING_ID,
    name: DRIFTING_BUILDING_NAME,
    trendPerYear: 0.03,
  },
  decliningStreet: {
    commune_insee: '59350',
    street: DECLINING_STREET,
    site_id: DECLINING_STREET_SITE,
    vacancy: { from: DECLINE_VACANCY_FROM, to: DECLINE_VACANCY_TO },
    footfallChange: -0.18,
    /** The sudden fall when its largest shop closes: a footfall-drop alert from May 2026. */
    footfallDrop: { from: ANCHOR_CLOSURE, change: ANCHOR_CLOSURE_FACTOR - 1 },
  },
  works: {
    commune_insee: '59350',
    intervention_id: WORKS_ID,
    programme_id: WORKS_PROGRAMME_ID,
    street: WORKS_STREET,
    site_ids: WORKS_SITES,
    control_site_ids: CONTROL_SITES,
    start: WORKS_START,
    end: WORKS_END,
    during: WORKS_DURING - 1,
    after: WORKS_AFTER - 1,
  },
  bikeLane: { commune_insee: '59350', intervention_id: 'LIL-INT-002', site_id: BIKE_LANE_SITE },
  degradingFinances: { commune_insee: '59512', name: 'Roubaix' },
  indexReset: {
    commune_insee: '59350',
    building_id: INDEX_RESET_BUILDING_ID,
    fluid: 'electricity',
  },
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function resolveDemoOptions(options: DemoCityOptions = {}): ResolvedDemoOptions {
  const resolved = {
    ...DEFAULT_DEMO_OPTIONS,
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  };
  const { seed, scale, asOf, from } = resolved;
  if (!Number.isInteger(seed)) throw new Error(`demo: seed must be an integer, got ${seed}`);
  if (!(scale > 0 && scale <= 1000)) throw new Error(`demo: scale must be in ]0, 1000], got ${scale}`);
  for (const [name, value] of [
    ['asOf', asOf],
    ['from', from],
  ] as const) {
    if (!ISO_DATE.test(value) || Number.isNaN(toDay(value)))
      throw new Error(`demo: ${name} must be a date YYYY-MM-DD, got ${value}`);
  }
  if (!from.endsWith('-01')) throw new Error(`demo: from must be the first day of a month, got ${from}`);
  if (from < '2019-01-01' || from > '2025-12-01')
    throw new Error(`demo: from must be between 2019-01-01 and 2025-12-01`);
  if (asOf < '2021-01-01' || asOf > '2027-06-30' || toDay(asOf) - toDay(from) < 365) {
    throw new Error(`demo: asOf must be at least a year after from and at most 2027-06-30, got ${asOf}`);
  }
  return resolved;
}

/** Builds every table of the demo city (counts_hourly lazily). */
export function generateDemoCity(options: DemoCityOptions = {}): DemoCity {
  const { seed, scale, asOf, from } = resolveDemoOptions(options);
  const geo = buildGeography();
  const weather = buildWeather(seed, from, asOf);
  const buildings = buildBuildings(seed, scale);
  const fluids = buildFluids(buildings, weather, seed, asOf);
  const programmes = buildProgrammes(seed, scale, asOf, buildings);
  const atScaleOne = buildBuildings(seed, 1);
  const buildingsScale = new Map(
    geo.communes.map((c) => {
      const count = (list: typeof buildings) => list.filter((b) => b.commune.insee === c.spec.insee).length;
      return [c.spec.insee, count(buildings) / count(atScaleOne)];
    }),
  );
  const budget = buildBudget({
    seed,
    asOf,
    fromYear: Number(from.slice(0, 4)),
    buildingsScale,
    fluidCosts: fluids.costs,
    programmes,
  });
  const commerce = buildCommerce(seed, scale, asOf);
  const sites = buildSites(seed, scale, buildings);
  return {
    communes: geo.communes.map((c) => ({
      insee_code: c.spec.insee,
      name: c.spec.name,
      siren: c.spec.siren,
      population: c.spec.population,
      weather_station: WEATHER_STATION,
      is_demo: true,
      geometry: c.geometry,
    })),
    quartiers: geo.quartiers.map((q) => ({
      id: q.id,
      commune_insee: q.communeInsee,
      name: q.name,
      population: q.population,
      synthetic: true,
      geometry: q.geometry,
      import_id: null,
    })),
    buildings: buildings.map((b) => b.row),
    meters: fluids.meters,
    meter_readings: fluids.readings,
    degree_days: degreeDaysRows(weather, from, asOf),
    budget_lines: budget.lines,
    debt_outstanding: budget.debt,
    programmes: programmes.map((p) => p.row),
    programme_credits: programmeCreditRows(programmes),
    premises: commerce.premises,
    premises_status: commerce.statuses,
    counting_sites: sites.map((s) => s.row),
    counts_hourly: countsHourly({ sites, weather, seed }),
    interventions: interventionRows(sites, asOf),
  };
}
