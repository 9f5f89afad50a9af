// Hourly counts of every counting site, produced lazily (millions of rows at scale 1).
// Expected flow of an hour = site's weekday base x weekday x month x school holidays x weather x Covid period
// x trend x interventions x daily noise x hour-of-day share; the count is that plus Poisson-like noise.
// Hours are local civil time written as naive timestamps, 24 per day (DST changes are not simulated).
import { toDay } from './calendar';
import type { DayWeather, Weather } from './degree-days';
import { interventionFactors } from './interventions';
import { createRng, type Rng } from './random';
import type { CountHourlyRow } from './rows';
import { DECLINING_STREET_SITE, WORKS_SITES, CONTROL_SITES, type Profile, type SiteModel } from './sites';

const normalise = (weights: number[]) => {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
};
const hours = (open: Record<number, number>) => normalise(Array.from({ length: 24 }, (_, h) => open[h] ?? 0));

/**
 * Hour-of-day shares. Town-centre pedestrians on a working day: about 15 % of the flow between 12:00 and 14:00,
 * 78 % between 09:00 and 19:00, peak in the late afternoon (DOMAIN.md, flow counts).
 */
export const HOUR_PROFILES = {
  centreWeekday: normalise([
    0.8, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.2, 2.5, 4, 6, 7.5, 7.6, 7.4, 8, 9, 9.8, 10, 8.3, 5.5, 3.5, 2.5, 1.8, 1.2,
  ]),
  centreSaturday: normalise([
    1.2, 0.8, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.4, 3.2, 5.8, 7.6, 8, 8, 8.8, 9.6, 10, 9.6, 7.8, 5.2, 3.4, 2.6, 2.2, 1.8,
  ]),
  centreSunday: normalise([
    1.5, 1, 0.6, 0.4, 0.3, 0.3, 0.4, 0.6, 1, 2, 3.8, 5.8, 7.2, 7.6, 8.6, 9.6, 10.2, 10, 8.6, 6.2, 4.2, 3, 2.2, 1.4,
  ]),
  neighbourhoodWeekday: normalise([
    0.6, 0.4, 0.2, 0.2, 0.3, 0.8, 2, 4, 5.5, 5.5, 6.2, 7, 7.2, 6.5, 6, 6.5, 8, 9, 8, 5.5, 3.5, 2.5, 1.5, 1,
  ]),
  neighbourhoodWeekend: normalise([
    0.9, 0.6, 0.4, 0.3, 0.2, 0.3, 0.6, 1.4, 3, 5.5, 7.8, 8.6, 8.2, 7, 6.6, 7, 7.4, 7.2, 6.4, 4.8, 3.4, 2.6, 1.8, 1.2,
  ]),
  marketDay: normalise([
    0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.5, 3.5, 7, 10, 12, 12, 10, 7, 5, 5, 5.5, 6, 5, 3.5, 2.2, 1.5, 1, 0.7,
  ]),
  bikeWeekday: normalise([
    0.3, 0.2, 0.1, 0.1, 0.2, 0.6, 2, 6.5, 11, 6, 3.8, 3.8, 4.6, 4.8, 4.3, 4.8, 7, 10, 8.2, 5, 3.2, 2.2, 1.5, 0.9,
  ]),
  bikeWeekend: normalise([
    0.8, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.5, 3, 5.5, 8, 9, 9, 8.5, 8.5, 8.5, 8.2, 7.6, 6.5, 4.6, 3.2, 2.4, 1.8, 1.2,
  ]),
  carWeekday: normalise([
    0.8, 0.5, 0.4, 0.4, 0.7, 1.8, 4.5, 7.2, 7.6, 5.8, 5, 5.2, 5.6, 5.6, 5.6, 6, 7, 7.8, 7.2, 5.2, 3.6, 2.8, 2.2, 1.5,
  ]),
  carWeekend: normalise([
    1.6, 1.1, 0.8, 0.6, 0.6, 0.8, 1.5, 2.8, 4.2, 5.6, 6.6, 7.2, 7.2, 6.8, 6.6, 6.6, 6.8, 6.8, 6.2, 5, 3.8, 3, 2.4, 1.8,
  ]),
  // Facilities count entries during opening hours only.
  poolTerm: hours({ 7: 6, 8: 5, 12: 8, 13: 6, 16: 9, 17: 12, 18: 12, 19: 9, 20: 6 }),
  poolWednesday: hours({
    9: 6,
    10: 7,
    11: 7,
    12: 7,
    13: 7,
    14: 9,
    15: 9,
    16: 9,
    17: 9,
    18: 8,
    19: 6,
  }),
  poolSaturday: hours({ 9: 7, 10: 9, 11: 10, 12: 8, 13: 8, 14: 10, 15: 10, 16: 10, 17: 8 }),
  poolSunday: hours({ 8: 12, 9: 16, 10: 18, 11: 16, 12: 10 }),
  poolHolidays: hours({ 10: 8, 11: 9, 12: 8, 13: 8, 14: 11, 15: 12, 16: 12, 17: 11, 18: 8 }),
  library: hours({ 10: 6, 11: 8, 12: 8, 13: 8, 14: 11, 15: 12, 16: 13, 17: 13, 18: 10 }),
} as const;

/** Monday ... Sunday. */
const WEEKDAY: Record<Profile, number[]> = {
  centre: [0.85, 0.92, 1, 0.95, 1.08, 1.45, 0.42],
  neighbourhood: [0.95, 1, 1, 1, 1.05, 1.15, 0.6],
  market: [0.9, 1.35, 1, 1.35, 1.05, 1.2, 1.5],
  bike: [1, 1.02, 0.95, 1.02, 0.98, 0.7, 0.6],
  car: [1, 1, 1, 1.02, 1.06, 0.85, 0.62],
  pool: [1, 1, 1.3, 1, 1, 1.35, 0.9],
  library: [0, 1, 1.3, 1, 1, 1.4, 0],
};
/** January ... December. */
const MONTH: Record<Profile, number[]> = {
  centre: [0.92, 0.88, 0.95, 1, 1, 1.03, 0.98, 0.82, 1, 1, 1.02, 1.22],
  neighbourhood: [0.95, 0.95, 1, 1, 1.02, 1.03, 0.95, 0.8, 1, 1, 0.98, 1.05],
  market: [0.95, 0.95, 1, 1, 1.02, 1.03, 0.95, 0.8, 1, 1, 0.98, 1.05],
  bike: [0.7, 0.75, 0.9, 1.05, 1.15, 1.2, 1.05, 0.8, 1.2, 1.05, 0.85, 0.7],
  car: [0.95, 0.97, 1, 1, 1, 1.02, 0.95, 0.85, 1.02, 1.02, 1, 0.97],
  pool: [1, 1, 1, 1, 1.05, 1.2, 1.3, 1.2, 0.9, 0.95, 1, 0.9],
  library: [1.05, 1.05, 1, 0.95, 0.95, 0.9, 0.75, 0.6, 1, 1.05, 1.1, 1],
};
const SCHOOL_HOLIDAYS: Record<Profile, number> = {
  centre: 1.03,
  neighbourhood: 0.97,
  market: 1,
  bike: 0.85,
  car: 0.92,
  pool: 1.25,
  library: 0.9,
};
const PUBLIC_HOLIDAY: Record<Profile, number> = {
  centre: 0.45,
  neighbourhood: 0.6,
  market: 0.8,
  bike: 0.6,
  car: 0.6,
  pool: 0,
  library: 0,
};
/** Effect of a fully wet day. */
const RAIN: Record<Profile, number> = {
  centre: -0.07,
  neighbourhood: -0.07,
  market: -0.1,
  bike: -0.3,
  car: 0.02,
  pool: 0,
  library: 0.03,
};
/** Yearly trend from 2020 (bikes keep growing, cars slowly fall). */
const TREND: Partial<Record<Profile, number>> = { bike: 0.06, car: -0.015 };

/** Planted story 3: the declining street's footfall sags by 18 % from 2022 to the end of October 2026. */
export const DECLINE_FROM = '2022-01-01';
export const DECLINE_TO = '2026-10-31';
export const DECLINE_FACTOR = 0.82;
/**
 * ... and from May 2026, when its largest shop closes, falls by a further quarter at once: the sudden drop the alerts
 * centre flags (month against the same month a year earlier, default threshold -20 %).
 */
export const ANCHOR_CLOSURE = '2026-05-02';
export const ANCHOR_CLOSURE_FACTOR = 0.75;

type Group = 'centre' | 'neighbourhood' | 'bike' | 'car' | 'pool' | 'library';
const groupOf = (p: Profile): Group => (p === 'market' ? 'neighbourhood' : p);

/** [start, end, multiplier per group] of the 2020-2021 Covid periods (lockdowns, curfews, closures). */
const COVID: [string, string, Record<Group, number>][] = [
  ['2020-03-17', '2020-05-10', { centre: 0.12, neighbourhood: 0.35, bike: 0.45, car: 0.35, pool: 0, library: 0 }],
  ['2020-05-11', '2020-06-14', { centre: 0.62, neighbourhood: 0.8, bike: 0.95, car: 0.8, pool: 0, library: 0.4 }],
  ['2020-06-15', '2020-06-21', { centre: 0.85, neighbourhood: 0.9, bike: 1, car: 0.92, pool: 0, library: 0.7 }],
  ['2020-06-22', '2020-10-29', { centre: 0.85, neighbourhood: 0.9, bike: 1, car: 0.92, pool: 0.6, library: 0.7 }],
  ['2020-10-30', '2020-11-27', { centre: 0.35, neighbourhood: 0.55, bike: 0.7, car: 0.65, pool: 0, library: 0 }],
  ['2020-11-28', '2020-12-15', { centre: 0.6, neighbourhood: 0.75, bike: 0.75, car: 0.75, pool: 0, library: 0.6 }],
  ['2020-12-16', '2021-04-02', { centre: 0.72, neighbourhood: 0.82, bike: 0.9, car: 0.85, pool: 0, library: 0.65 }],
  ['2021-04-03', '2021-05-02', { centre: 0.55, neighbourhood: 0.7, bike: 0.75, car: 0.7, pool: 0, library: 0.5 }],
  ['2021-05-03', '2021-06-08', { centre: 0.78, neighbourhood: 0.85, bike: 0.95, car: 0.88, pool: 0, library: 0.7 }],
  ['2021-06-09', '2021-12-31', { centre: 0.9, neighbourhood: 0.95, bike: 1, car: 0.95, pool: 0.8, library: 0.85 }],
];
/** [start, end, curfew hour]: hours from the curfew to 05:00 drop to 15 %. */
const CURFEWS: [string, string, number][] = [
  ['2020-10-30', '2020-12-15', 21],
  ['2020-12-16', '2021-01-15', 20],
  ['2021-01-16', '2021-03-19', 18],
  ['2021-03-20', '2021-05-18', 19],
  ['2021-05-19', '2021-06-08', 21],
  ['2021-06-09', '2021-06-19', 23],
];

function lookup<T>(periods: [string, string, T][], iso: string): T | undefined {
  for (const [start, end, value] of periods) if (iso >= start && iso <= end) return value;
  return undefined;
}

function hourProfile(site: SiteModel, d: DayWeather): readonly number[] {
  const sundayLike = d.weekday === 6 || d.publicHoliday;
  switch (site.profile) {
    case 'centre':
      return sundayLike
        ? HOUR_PROFILES.centreSunday
        : d.weekday === 5
          ? HOUR_PROFILES.centreSaturday
          : HOUR_PROFILES.centreWeekday;
    case 'market':
      if ([1, 3, 6].includes(d.weekday)) return HOUR_PROFILES.marketDay;
      return d.weekday === 5 || sundayLike ? HOUR_PROFILES.neighbourhoodWeekend : HOUR_PROFILES.neighbourhoodWeekday;
    case 'neighbourhood':
      return d.weekday >= 5 || d.publicHoliday
        ? HOUR_PROFILES.neighbourhoodWeekend
        : HOUR_PROFILES.neighbourhoodWeekday;
    case 'bike':
      return d.weekday >= 5 || d.publicHoliday ? HOUR_PROFILES.bikeWeekend : HOUR_PROFILES.bikeWeekday;
    case 'car':
      return d.weekday >= 5 || d.publicHoliday ? HOUR_PROFILES.carWeekend : HOUR_PROFILES.carWeekday;
    case 'pool':
      if (d.weekday === 6) return HOUR_PROFILES.poolSunday;
      if (d.weekday === 5) return HOUR_PROFILES.poolSaturday;
      if (d.schoolHoliday) return HOUR_PROFILES.poolHolidays;
      return d.weekday === 2 ? HOUR_PROFILES.poolWednesday : HOUR_PROFILES.poolTerm;
    case 'library':
      return HOUR_PROFILES.library;
  }
}

/** Pools close two weeks a year for draining and maintenance (a different fortnight per pool). */
function poolShutdown(d: DayWeather, poolIndex: number): boolean {
  if (d.month !== 8 && d.month !== 9) return false;
  const dayOfYear = d.day - toDay(`${d.year}-08-01`);
  const start = 12 + (poolIndex % 4) * 7;
  return dayOfYear >= start && dayOfYear < start + 14;
}

function declineFactor(iso: string): number {
  if (iso < DECLINE_FROM) return 1;
  const t = Math.min(1, (toDay(iso) - toDay(DECLINE_FROM)) / (toDay(DECLINE_TO) - toDay(DECLINE_FROM)));
  return 1 - (1 - DECLINE_FACTOR) * t;
}

/** Expected flow per day of a site (before the hour profile), one value per weather day. */
export function dailyExpectations(
  site: SiteModel,
  weather: Weather,
  seed: number,
  cityNoise: Float64Array,
): Float64Array {
  const rng = createRng(seed, 'counts', site.row.site_id, 'days');
  const days = weather.days;
  const interventions = interventionFactors(site, days[0].day, days.length);
  const group = groupOf(site.profile);
  const trend = TREND[site.profile] ?? 0;
  const poolIndex = Number(site.row.site_id.slice(-2));
  const out = new Float64Array(days.length);
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    let f = site.base * WEEKDAY[site.profile][d.weekday] * MONTH[site.profile][d.month - 1];
    if (d.publicHoliday) f *= PUBLIC_HOLIDAY[site.profile] / Math.max(WEEKDAY[site.profile][d.weekday], 0.3);
    if (d.schoolHoliday) f *= SCHOOL_HOLIDAYS[site.profile];
    f *= 1 + RAIN[site.profile] * d.rain;
    f *= lookup(COVID, d.iso)?.[group] ?? 1;
    if (trend) f *= Math.pow(1 + trend, (d.day - days[0].day) / 365.25);
    if (site.row.site_id === DECLINING_STREET_SITE) {
      f *= declineFactor(d.iso);
      if (d.iso >= ANCHOR_CLOSURE) f *= ANCHOR_CLOSURE_FACTOR;
    }
    if (site.profile === 'pool' && poolShutdown(d, poolIndex)) f = 0;
    f *= interventions[i];
    f *= cityNoise[i] * Math.exp(rng.normal(0, 0.06));
    out[i] = f;
  }
  return out;
}

interface QualityIssue {
  siteId: string;
  /** Weather-day index of the first day, and first/last hour index (from the first day's 00:00). */
  from: number;
  to: number;
  kind: 'fault' | 'gap';
}

const PROTECTED_SITES = new Set([DECLINING_STREET_SITE, ...WORKS_SITES, ...CONTROL_SITES]);

/** A few counter faults (status 'fault', count null) and gaps (rows missing) on ordinary sites. */
function qualityIssues(sites: SiteModel[], weather: Weather, seed: number): QualityIssue[] {
  const rng = createRng(seed, 'counts', 'quality');
  const candidates = sites.filter((s) => !PROTECTED_SITES.has(s.row.site_id));
  if (!candidates.length) return [];
  const firstDay = weather.days[0].day;
  const lastIndex = weather.days.length - 1;
  const issues: QualityIssue[] = [];
  const planIssue = (kind: 'fault' | 'gap', r: Rng, maxDays: number) => {
    const site = r.pick(candidates);
    const startIndex = Math.max(toDay(site.row.installed_on) - firstDay, 0) + r.int(30, 2000);
    if (startIndex > lastIndex - 10) return;
    const partial = r.chance(kind === 'fault' ? 0.4 : 0.3);
    const fromHour = startIndex * 24 + (partial ? r.int(6, 14) : 0);
    const toHour = partial ? fromHour + r.int(3, 9) : (startIndex + r.int(1, maxDays)) * 24 - 1;
    issues.push({ siteId: site.row.site_id, from: fromHour, to: toHour, kind });
  };
  for (let i = 0; i < 10; i++) planIssue('fault', rng, 4);
  for (let i = 0; i < 7; i++) planIssue('gap', rng, 12);
  return issues;
}

export interface CountsPlan {
  sites: SiteModel[];
  weather: Weather;
  seed: number;
}

/** City-wide daily factor shared by all sites (events, mood): keeps control sites comparable. */
function cityNoiseOf(weather: Weather, seed: number): Float64Array {
  const rng = createRng(seed, 'counts', 'city');
  return Float64Array.from(weather.days, () => Math.exp(rng.normal(0, 0.04)));
}

/** Hourly rows of one site, lazily. */
export function* siteHours(site: SiteModel, plan: CountsPlan, issues: QualityIssue[] = []): Generator<CountHourlyRow> {
  const { weather, seed } = plan;
  const days = weather.days;
  const expectations = dailyExpectations(site, weather, seed, cityNoiseOf(weather, seed));
  const rng = createRng(seed, 'counts', site.row.site_id, 'hours');
  const firstIndex = Math.max(0, toDay(site.row.installed_on) - days[0].day);
  const mine = issues.filter((x) => x.siteId === site.row.site_id);
  const insee = site.row.commune_insee;
  const siteId = site.row.site_id;
  const traffic = site.kind !== 'facility';
  for (let i = firstIndex; i < days.length; i++) {
    const d = days[i];
    const profile = hourProfile(site, d);
    const curfew = traffic ? lookup(CURFEWS, d.iso) : undefined;
    const expected = expectations[i];
    for (let h = 0; h < 24; h++) {
      const hourIndex = i * 24 + h;
      let issue: QualityIssue | undefined;
      for (const x of mine) if (hourIndex >= x.from && hourIndex <= x.to) issue = x;
      // Draw the noise whatever happens so a fault does not shift the following hours.
      const z = rng.normal();
      if (issue?.kind === 'gap') continue;
      const hour = `${d.iso} ${h < 10 ? '0' : ''}${h}:00:00`;
      if (issue?.kind === 'fault') {
        yield {
          commune_insee: insee,
          site_id: siteId,
          hour,
          count: null,
          status: 'fault',
          import_id: null,
        };
        continue;
      }
      let e = expected * profile[h];
      if (curfew !== undefined && (h >= curfew || h < 5)) e *= 0.15;
      const count = e > 0 ? Math.max(0, Math.round(e + z * Math.sqrt(e) * 1.1)) : 0;
      yield { commune_insee: insee, site_id: siteId, hour, count, status: 'ok', import_id: null };
    }
  }
}

/** All hourly rows, site after site; iterable as many times as needed (each pass regenerates them). */
export function countsHourly(plan: CountsPlan): Iterable<CountHourlyRow> {
  const issues = qualityIssues(plan.sites, plan.weather, plan.seed);
  return {
    *[Symbol.iterator]() {
      for (const site of plan.sites) yield* siteHours(site, plan, issues);
    },
  };
}

export function qualityIssuesOf(
  plan: CountsPlan,
): { siteId: string; kind: 'fault' | 'gap'; from: string; hours: number }[] {
  return qualityIssues(plan.sites, plan.weather, plan.seed).map((x) => ({
    siteId: x.siteId,
    kind: x.kind,
    from: `${plan.weather.days[Math.floor(x.from / 24)].iso} ${String(x.from % 24).padStart(2, '0')}:00`,
    hours: x.to - x.from + 1,
  }));
}
