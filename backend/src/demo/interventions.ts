// Works, events and other public actions, with the effect the demo gives them on the flow counts. The counts
// generator reads the effects; the interventions table gets the rows (site_ids = the counters concerned).
import { addDays, toDay } from './calendar';
import { buildGeography, type CommuneCode } from './geography';
import type { InterventionKind, InterventionRow } from './rows';
import type { SiteModel } from './sites';
import { BIKE_LANE_SITE, DECLINING_STREET_SITE, WORKS_SITES } from './sites';
import { DECLINING_STREET, WORKS_STREET } from './streets';

/** Planted story 4: works on rue Léon Gambetta (Wazemmes). */
export const WORKS_ID = 'LIL-INT-001';
export const WORKS_START = '2024-03-04';
export const WORKS_END = '2024-09-27';
/** Footfall multipliers on the works sites: during the works, and after them for good. */
export const WORKS_DURING = 0.65;
export const WORKS_AFTER = 1.135;

interface Effect {
  /** Multiplier while the intervention runs. */
  during: number;
  /** Multiplier from the day after it ends (1 = back to normal). */
  after: number;
}

interface InterventionSpec {
  id: string;
  code: CommuneCode;
  name: string;
  kind: InterventionKind;
  street: string | null;
  quartier: string | null;
  start: string;
  end: string;
  /** Which sites it concerns: fixed ids, or a rule over the generated sites. */
  sites: string[] | ((site: SiteModel) => boolean);
  effect?: Effect;
}

const centrePedestrian = (site: SiteModel) =>
  site.code === 'LIL' && site.kind === 'pedestrian' && site.row.zone === 'Centre-ville';

/** Braderie de Lille, first weekend of September (mid-September in 2024); not held in 2020 and 2021. */
const BRADERIES: [number, string][] = [
  [2022, '2022-09-03'],
  [2023, '2023-09-02'],
  [2024, '2024-09-14'],
  [2025, '2025-09-06'],
  [2026, '2026-09-05'],
];
/** Marché de Noël (place Rihour area); not held in 2020. */
const CHRISTMAS_MARKETS: [number, string][] = [
  [2021, '2021-11-19'],
  [2022, '2022-11-18'],
  [2023, '2023-11-17'],
  [2024, '2024-11-22'],
  [2025, '2025-11-21'],
];

export const INTERVENTIONS: readonly InterventionSpec[] = [
  {
    id: WORKS_ID,
    code: 'LIL',
    name: `Requalification de la ${WORKS_STREET} (trottoirs élargis, plateau piéton)`,
    kind: 'works',
    street: WORKS_STREET,
    quartier: 'Wazemmes',
    start: WORKS_START,
    end: WORKS_END,
    sites: WORKS_SITES,
    effect: { during: WORKS_DURING, after: WORKS_AFTER },
  },
  {
    id: 'LIL-INT-002',
    code: 'LIL',
    name: 'Piste cyclable bidirectionnelle boulevard de la Liberté',
    kind: 'bike_lane',
    street: 'boulevard de la Liberté',
    quartier: 'Centre',
    start: '2021-09-06',
    end: '2021-10-29',
    sites: [BIKE_LANE_SITE],
    effect: { during: 0.8, after: 1.25 },
  },
  {
    id: 'LIL-INT-003',
    code: 'LIL',
    name: `Droit de préemption commerciale et accompagnement des bailleurs, ${DECLINING_STREET}`,
    kind: 'other',
    street: DECLINING_STREET,
    quartier: 'Centre',
    start: '2025-06-01',
    end: '2026-12-31',
    sites: [DECLINING_STREET_SITE],
  },
  ...BRADERIES.map<InterventionSpec>(([year, start], i) => ({
    id: `LIL-INT-${String(10 + i).padStart(3, '0')}`,
    code: 'LIL',
    name: `Braderie de Lille ${year}`,
    kind: 'event',
    street: null,
    quartier: 'Centre',
    start,
    end: addDays(start, 1),
    sites: centrePedestrian,
    effect: { during: 2.1, after: 1 },
  })),
  ...CHRISTMAS_MARKETS.map<InterventionSpec>(([year, start], i) => ({
    id: `LIL-INT-${String(20 + i).padStart(3, '0')}`,
    code: 'LIL',
    name: `Marché de Noël ${year}`,
    kind: 'event',
    street: 'place Rihour',
    quartier: 'Centre',
    start,
    end: `${year}-12-30`,
    sites: centrePedestrian,
    effect: { during: 1.12, after: 1 },
  })),
  {
    id: 'RBX-INT-001',
    code: 'RBX',
    name: 'Réfection de la Grande Rue',
    kind: 'works',
    street: 'Grande Rue',
    quartier: 'Centre',
    start: '2023-05-15',
    end: '2023-11-30',
    sites: ['RBX-PED-01'],
    effect: { during: 0.8, after: 1 },
  },
];

function concerns(spec: InterventionSpec, site: SiteModel): boolean {
  return typeof spec.sites === 'function' ? spec.sites(site) : spec.sites.includes(site.row.site_id);
}

/** Interventions that started by `asOf`, with the ids of the generated sites they concern. */
export function interventionRows(sites: SiteModel[], asOf: string): InterventionRow[] {
  const geo = buildGeography();
  return INTERVENTIONS.filter((spec) => spec.start <= asOf).map((spec) => {
    const commune = geo.commune(spec.code);
    return {
      commune_insee: commune.spec.insee,
      intervention_id: spec.id,
      name: spec.name,
      kind: spec.kind,
      street: spec.street,
      quartier_id: spec.quartier ? geo.quartier(spec.code, spec.quartier).id : null,
      start_date: spec.start,
      end_date: spec.end,
      site_ids: sites.filter((s) => s.code === spec.code && concerns(spec, s)).map((s) => s.row.site_id),
      import_id: null,
    };
  });
}

/** Daily multiplier of the interventions on a site, one value per day from `firstDay` (a day number). */
export function interventionFactors(site: SiteModel, firstDay: number, length: number): Float64Array {
  const factors = new Float64Array(length).fill(1);
  for (const spec of INTERVENTIONS) {
    if (!spec.effect || spec.code !== site.code || !concerns(spec, site)) continue;
    const start = toDay(spec.start) - firstDay;
    const end = toDay(spec.end) - firstDay;
    for (let i = Math.max(0, start); i < length; i++) {
      factors[i] *= i <= end ? spec.effect.during : spec.effect.after;
    }
  }
  return factors;
}
