// Synthetic daily weather at Lille-Lesquin and the monthly heating degree-days (DJU, base 18 °C) built from it.
// Each month's mean temperature is calibrated so that the expected DJU of the month matches DOMAIN.md's profile
// for Lille-Lesquin (Jan ~400 ... Jul ~30, about 2,580 a year); a yearly anomaly and autocorrelated daily noise
// make the years differ (kept within 2,300-2,700 DJU a year).
import { completeMonths, dayRange, type DayInfo } from './calendar';
import { COMMUNES, WEATHER_STATION } from './geography';
import { clamp, createRng, round } from './random';
import type { DegreeDaysRow } from './rows';

export const DJU_BASE = 18;

/** DOMAIN.md (fluids): approximate monthly DJU at Lille-Lesquin, base 18 °C, January first. */
export const NORMAL_MONTHLY_DJU = [400, 360, 320, 240, 150, 70, 30, 30, 80, 200, 310, 390] as const;
export const NORMAL_YEARLY_DJU = NORMAL_MONTHLY_DJU.reduce((sum, x) => sum + x, 0);

/** Spread of the daily mean temperature around the monthly mean, °C (winter days vary more). */
const DAILY_SD = [3.6, 3.6, 3.2, 3.0, 3.0, 3.0, 3.0, 3.0, 2.8, 3.0, 3.2, 3.6];
/** Lag-one autocorrelation of daily anomalies (weather comes in spells). */
const PERSISTENCE = 0.7;
/** Share of rainy days per month (Lille: a day in two on average). */
const RAIN_PROBABILITY = [0.55, 0.5, 0.5, 0.45, 0.45, 0.42, 0.4, 0.42, 0.45, 0.52, 0.58, 0.57];

const normalPdf = (z: number) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
function normalCdf(z: number): number {
  // Abramowitz-Stegun 7.1.26 through erf; precise to 1e-7, plenty for a calibration.
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Expected daily DJU when the daily mean temperature is normal(mean, sd). */
function expectedDailyDju(mean: number, sd: number): number {
  const z = (DJU_BASE - mean) / sd;
  return (DJU_BASE - mean) * normalCdf(z) + sd * normalPdf(z);
}

/** Monthly mean temperatures whose expected DJU equal the normal profile (bisection, once). */
const MONTHLY_MEAN_TEMPERATURE = NORMAL_MONTHLY_DJU.map((dju, i) => {
  const days = [31, 28.25, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][i];
  const target = dju / days;
  let low = -10;
  let high = 30;
  for (let k = 0; k < 60; k++) {
    const mid = (low + high) / 2;
    if (expectedDailyDju(mid, DAILY_SD[i]) > target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
});

export interface DayWeather extends DayInfo {
  /** Daily mean temperature, °C. */
  temperature: number;
  /** Heating degree-days of the day, base 18 °C. */
  dju: number;
  /** 0 = dry, up to 1 = a wet day (used by the flow counts). */
  rain: number;
}

export interface Weather {
  days: DayWeather[];
  /** Index of a day in `days` from its day number. */
  indexOf(day: number): number;
  /** DJU per 'YYYY-MM' over the whole range (complete or not). */
  monthlyDju: Map<string, number>;
  yearlyDju: Map<number, number>;
}

const cache = new Map<string, Weather>();

function simulate(seed: number, days: DayInfo[], anomalies: Map<number, number>): DayWeather[] {
  const rng = createRng(seed, 'weather');
  let noise = 0;
  return days.map((info) => {
    const m = info.month - 1;
    const innovationSd = DAILY_SD[m] * Math.sqrt(1 - PERSISTENCE * PERSISTENCE);
    noise = PERSISTENCE * noise + rng.normal(0, innovationSd);
    const temperature = MONTHLY_MEAN_TEMPERATURE[m] + (anomalies.get(info.year) ?? 0) + noise;
    const rainy = rng.chance(RAIN_PROBABILITY[m]);
    const rain = rainy ? clamp(0.2 + rng.next() * 0.9, 0, 1) : 0;
    return { ...info, temperature, dju: Math.max(0, DJU_BASE - temperature), rain };
  });
}

function yearlyTotals(days: DayWeather[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const d of days) totals.set(d.year, (totals.get(d.year) ?? 0) + d.dju);
  return totals;
}

/**
 * Daily weather from `from` to `to` (both included). Full years are nudged (by their yearly anomaly, whole
 * days unchanged otherwise) until their DJU fall within 2,330-2,670.
 */
export function buildWeather(seed: number, from: string, to: string): Weather {
  const key = `${seed}|${from}|${to}`;
  const known = cache.get(key);
  if (known) return known;
  const calendar = dayRange(from, to);
  const anomalyRng = createRng(seed, 'weather', 'anomalies');
  const anomalies = new Map<number, number>();
  for (const d of calendar) {
    if (!anomalies.has(d.year)) anomalies.set(d.year, clamp(anomalyRng.normal(0.2, 0.45), -0.5, 0.9));
  }
  let days = simulate(seed, calendar, anomalies);
  for (let pass = 0; pass < 20; pass++) {
    const totals = yearlyTotals(days);
    let changed = false;
    for (const [year, total] of totals) {
      const fullYear =
        calendar.some((d) => d.iso === `${year}-01-01`) && calendar.some((d) => d.iso === `${year}-12-31`);
      if (!fullYear) continue;
      if (total > 2670) anomalies.set(year, anomalies.get(year)! + 0.15);
      else if (total < 2330) anomalies.set(year, anomalies.get(year)! - 0.15);
      else continue;
      changed = true;
    }
    if (!changed) break;
    days = simulate(seed, calendar, anomalies);
  }
  const first = calendar.length ? calendar[0].day : 0;
  const monthlyDju = new Map<string, number>();
  for (const d of days) {
    const k = d.iso.slice(0, 7);
    monthlyDju.set(k, (monthlyDju.get(k) ?? 0) + d.dju);
  }
  const weather: Weather = {
    days,
    indexOf: (day) => day - first,
    monthlyDju,
    yearlyDju: yearlyTotals(days),
  };
  cache.set(key, weather);
  return weather;
}

/** degree_days rows: one per demo commune and complete month, all four on the Lille-Lesquin station. */
export function degreeDaysRows(weather: Weather, from: string, asOf: string): DegreeDaysRow[] {
  const months = completeMonths(from, asOf);
  return COMMUNES.flatMap((commune) =>
    months.map((m) => ({
      commune_insee: commune.insee,
      month: m.start,
      dju: round(weather.monthlyDju.get(m.start.slice(0, 7)) ?? 0, 1),
      station: WEATHER_STATION,
      import_id: null,
    })),
  );
}
