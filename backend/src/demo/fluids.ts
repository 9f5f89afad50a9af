// Meters and bills of the municipal buildings. Each building has three meters: electricity, gas or district
// heat, water. Consumption is simulated day by day (space heating follows the day's DJU, the rest follows the
// building's occupancy: school holidays, weekends, the 2020-2021 closures), then summed over billing periods:
// calendar months for most buildings, supplier periods (e.g. 15th to 14th, end inclusive) for about 10 %.
// Data-quality cases are planted on purpose: a few bills over 65 days, one meter index reset, missing months.
import {
  LEAKING_SCHOOL_ID,
  LEAK_START,
  INDEX_RESET_BUILDING_ID,
  DRIFTING_BUILDING_ID,
  type BuildingModel,
} from './buildings';
import { daysInMonth, inPeriod, isoDate, toDay, fromDay } from './calendar';
import { NORMAL_YEARLY_DJU, type DayWeather, type Weather } from './degree-days';
import { createRng, round } from './random';
import type { BuildingType, Fluid, MeterReadingRow, MeterRow, Unit } from './rows';

/** Unit prices TTC (€/kWh, €/m³) by year, read as mid-year values and interpolated in between. */
export const PRICES: Record<'electricity' | 'gas' | 'heat' | 'water', Record<number, number>> = {
  electricity: {
    2019: 0.152,
    2020: 0.158,
    2021: 0.166,
    2022: 0.205,
    2023: 0.248,
    2024: 0.232,
    2025: 0.208,
    2026: 0.196,
    2027: 0.194,
  },
  gas: {
    2019: 0.058,
    2020: 0.058,
    2021: 0.068,
    2022: 0.112,
    2023: 0.121,
    2024: 0.092,
    2025: 0.084,
    2026: 0.079,
    2027: 0.078,
  },
  heat: {
    2019: 0.08,
    2020: 0.082,
    2021: 0.084,
    2022: 0.098,
    2023: 0.108,
    2024: 0.101,
    2025: 0.097,
    2026: 0.095,
    2027: 0.095,
  },
  water: {
    2019: 4.0,
    2020: 4.05,
    2021: 4.12,
    2022: 4.25,
    2023: 4.48,
    2024: 4.62,
    2025: 4.74,
    2026: 4.85,
    2027: 4.95,
  },
};
/** Subscription (abonnement) per day, € TTC, per 1,000 m² of heated area. */
const SUBSCRIPTION_PER_DAY: Record<'electricity' | 'gas' | 'heat' | 'water', number> = {
  electricity: 1.1,
  gas: 0.45,
  heat: 0.9,
  water: 0.12,
};

export function unitPrice(fluid: keyof typeof PRICES, day: number): number {
  const iso = fromDay(day);
  const year = Number(iso.slice(0, 4));
  const mid = toDay(isoDate(year, 7, 1));
  const [y0, y1] = day < mid ? [year - 1, year] : [year, year + 1];
  const d0 = toDay(isoDate(y0, 7, 1));
  const d1 = toDay(isoDate(y1, 7, 1));
  const p0 = PRICES[fluid][y0] ?? PRICES[fluid][year];
  const p1 = PRICES[fluid][y1] ?? PRICES[fluid][year];
  return p0 + ((p1 - p0) * (day - d0)) / (d1 - d0);
}

const COVID_CLOSURE: [string, string] = ['2020-03-17', '2020-05-10'];
const POOL_CLOSURE: [string, string] = ['2020-10-30', '2021-06-08'];
const VENUE_CLOSURE: [string, string] = ['2020-10-30', '2021-05-18'];

/** Occupancy of a building on a day: [electricity and hot water, water]; 1 = a normal working day. */
function occupancy(type: BuildingType, d: DayWeather): [number, number] {
  const weekend = d.weekday >= 5;
  const closedDay = weekend || d.publicHoliday;
  const publicFacing = ['school', 'nursery', 'gym', 'pool', 'library', 'culture'].includes(type);
  if (publicFacing && inPeriod(d.iso, ...COVID_CLOSURE)) return [0.3, 0.1];
  if (type === 'pool' && inPeriod(d.iso, ...POOL_CLOSURE)) return [0.4, 0.15];
  if ((type === 'gym' || type === 'culture') && inPeriod(d.iso, ...VENUE_CLOSURE)) return [0.5, 0.2];
  switch (type) {
    case 'school': {
      const summer = d.month === 7 || d.month === 8;
      if (closedDay) return [0.45, 0.12];
      if (d.schoolHoliday) return summer ? [0.35, 0.08] : [0.55, 0.25];
      return [1.1, 1.2];
    }
    case 'nursery':
      if (closedDay) return [0.35, 0.1];
      if (d.month === 8 && d.iso.slice(8) <= '21') return [0.4, 0.1];
      return [1, 1];
    case 'gym':
      return weekend ? [0.85, 0.9] : [1, 1];
    case 'pool':
      return d.publicHoliday ? [0.8, 0.6] : [1, 1];
    case 'library':
      return d.weekday === 0 || d.weekday === 6 || d.publicHoliday ? [0.5, 0.2] : [1.05, 1.05];
    case 'culture':
      return d.month === 8 ? [0.6, 0.4] : [1, 1];
    case 'social':
      return closedDay ? [0.6, 0.5] : [1.05, 1.1];
    default:
      if (closedDay) return [0.5, 0.15];
      return d.month === 8 ? [0.9, 0.85] : [1.05, 1.2];
  }
}

export interface Meter {
  building: BuildingModel;
  fluid: Fluid;
  unit: Unit;
}

export function metersOf(building: BuildingModel): Meter[] {
  return [
    { building, fluid: 'electricity', unit: 'kWh' },
    { building, fluid: building.heating, unit: 'kWh' },
    { building, fluid: 'water', unit: 'm3' },
  ];
}

/** Daily consumption of a meter over the weather range (kWh or m³). */
export function dailyConsumption(meter: Meter, weather: Weather, seed: number): Float64Array {
  const b = meter.building;
  const area = b.row.heated_area_m2;
  const rng = createRng(seed, 'fluids', b.row.building_id, meter.fluid);
  const out = new Float64Array(weather.days.length);
  const firstDay = weather.days[0]?.day ?? 0;
  let monthKey = '';
  let monthNoise = 1;
  for (let i = 0; i < weather.days.length; i++) {
    const d = weather.days[i];
    const key = d.iso.slice(0, 7);
    if (key !== monthKey) {
      monthKey = key;
      monthNoise = 1 + rng.normal(0, meter.fluid === 'water' ? 0.06 : 0.03);
    }
    const [useFactor, waterFactor] = occupancy(b.row.type, d);
    const years = (d.day - firstDay) / 365.25;
    const drift = Math.pow(1 + b.trend, years);
    let value: number;
    if (meter.fluid === 'electricity') {
      const lighting = d.month <= 2 || d.month >= 11 ? 1.08 : d.month >= 5 && d.month <= 8 ? 0.93 : 1;
      value = ((area * b.electricityIntensity) / 365) * useFactor * lighting * drift;
    } else if (meter.fluid === 'water') {
      value = ((area * b.waterIntensity) / 365) * waterFactor;
    } else {
      const space = (area * b.heatingIntensity * d.dju) / NORMAL_YEARLY_DJU;
      const base = ((area * b.baseHeatIntensity) / 365) * Math.min(useFactor, 1.05);
      value = (space + base) * drift;
    }
    out[i] = Math.max(0, value * monthNoise);
  }
  if (meter.fluid === 'water' && b.row.building_id === LEAKING_SCHOOL_ID) {
    // Planted story 1: a leak adds a continuous flow of twice the school's usual daily water use.
    const from = weather.indexOf(toDay(LEAK_START));
    const usual = out.slice(Math.max(0, from - 365), from);
    const leak = (2 * usual.reduce((s, v) => s + v, 0)) / Math.max(usual.length, 1);
    for (let i = Math.max(0, from); i < out.length; i++) out[i] += leak;
  }
  return out;
}

interface Period {
  start: string;
  end: string;
}

/** Billing periods of a meter from `from` to `asOf`: calendar months, or supplier months from `billingDay`. */
function billingPeriods(billingDay: number, from: string, asOf: string): Period[] {
  const periods: Period[] = [];
  let start = from;
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    let endYear = year;
    let endMonth = month;
    let endDayOfMonth: number;
    if (billingDay === 1) {
      endDayOfMonth = daysInMonth(year, month);
    } else {
      if (Number(start.slice(8, 10)) >= billingDay) {
        endMonth += 1;
        if (endMonth === 13) {
          endMonth = 1;
          endYear += 1;
        }
      }
      endDayOfMonth = billingDay - 1;
    }
    const end = isoDate(endYear, endMonth, endDayOfMonth);
    if (end > asOf) break;
    periods.push({ start, end });
    start = fromDay(toDay(end) + 1);
    year = Number(start.slice(0, 4));
    month = Number(start.slice(5, 7));
  }
  return periods;
}

export interface FluidCost {
  commune_insee: string;
  year: number;
  fluid: Fluid;
  type: BuildingType;
  amount_eur: number;
}

export interface FluidsOutput {
  meters: MeterRow[];
  readings: MeterReadingRow[];
  /** Bills prorated to calendar years, per commune, fluid and building type (feeds budget lines 6061x). */
  costs: FluidCost[];
}

/** Picks the meters that get the planted data-quality cases (never the planted stories' meters). */
function qualityCases(meters: Meter[], seed: number) {
  const rng = createRng(seed, 'fluids', 'quality');
  const eligible = meters.filter(
    (m) =>
      m.building.billingDay === 1 &&
      ![LEAKING_SCHOOL_ID, DRIFTING_BUILDING_ID, INDEX_RESET_BUILDING_ID].includes(m.building.row.building_id),
  );
  const chosen = rng.shuffle(eligible);
  const merged = new Map<Meter, string>();
  const missing = new Map<Meter, string>();
  chosen.slice(0, 5).forEach((m) => merged.set(m, isoDate(rng.int(2021, 2025), rng.int(1, 10), 1)));
  chosen.slice(5, 13).forEach((m) => missing.set(m, isoDate(rng.int(2021, 2025), rng.int(2, 11), 1)));
  return { merged, missing };
}

export function buildFluids(buildings: BuildingModel[], weather: Weather, seed: number, asOf: string): FluidsOutput {
  const meters = buildings.flatMap(metersOf);
  const from = weather.days[0].iso;
  const { merged, missing } = qualityCases(meters, seed);
  const readings: MeterReadingRow[] = [];
  const costIndex = new Map<string, FluidCost>();
  const firstYear = weather.days[0].year;
  const priceTables = new Map<keyof typeof PRICES, Float64Array>();
  for (const fluid of Object.keys(PRICES) as (keyof typeof PRICES)[]) {
    priceTables.set(
      fluid,
      Float64Array.from(weather.days, (d) => unitPrice(fluid, d.day)),
    );
  }
  for (const meter of meters) {
    const b = meter.building;
    const daily = dailyConsumption(meter, weather, seed);
    let periods = billingPeriods(b.billingDay, from, asOf);
    const mergeFrom = merged.get(meter);
    if (mergeFrom) {
      const i = periods.findIndex((p) => p.start === mergeFrom);
      if (i >= 0 && i + 2 < periods.length) {
        periods.splice(i, 3, { start: periods[i].start, end: periods[i + 2].end });
      }
    }
    const skip = missing.get(meter);
    if (skip) periods = periods.filter((p) => p.start !== skip);
    const priceKey = meter.fluid as keyof typeof PRICES;
    const prices = priceTables.get(priceKey)!;
    const subscription = (SUBSCRIPTION_PER_DAY[priceKey] * b.row.heated_area_m2) / 1000;
    const yearly: number[] = [];
    // Meter index: cumulated consumption from an arbitrary start (missing bills leave a jump, the replaced meter
    // of the index-reset case starts again near zero).
    const indexRng = createRng(seed, 'fluids', b.row.building_id, meter.fluid, 'index');
    let index = round(indexRng.uniform(1e4, 5e5), 0);
    let nextPeriod = 0;
    const allPeriods = billingPeriods(b.billingDay, from, asOf);
    for (const period of periods) {
      // Consumption of the bills that never came (missing months) still turns the meter.
      while (nextPeriod < allPeriods.length && allPeriods[nextPeriod].start < period.start) {
        const skipped = allPeriods[nextPeriod];
        for (let i = weather.indexOf(toDay(skipped.start)); i <= weather.indexOf(toDay(skipped.end)); i++)
          index += daily[i];
        nextPeriod += 1;
      }
      while (nextPeriod < allPeriods.length && allPeriods[nextPeriod].end <= period.end) nextPeriod += 1;
      const i0 = weather.indexOf(toDay(period.start));
      const i1 = weather.indexOf(toDay(period.end));
      let quantity = 0;
      let amount = 0;
      for (let i = i0; i <= i1; i++) {
        const q = daily[i];
        const dayAmount = q * prices[i] * b.priceFactor + subscription;
        quantity += q;
        amount += dayAmount;
        const y = weather.days[i].year - firstYear;
        yearly[y] = (yearly[y] ?? 0) + dayAmount;
      }
      const rounded = meter.unit === 'kWh' ? round(quantity, 0) : round(quantity, 1);
      const reset =
        b.row.building_id === INDEX_RESET_BUILDING_ID &&
        meter.fluid === 'electricity' &&
        inPeriod('2023-06-15', period.start, period.end);
      const indexStart = round(index, 1);
      // On the reset bill the new meter shows what it counted since it was fitted on the 15th.
      index = reset ? rounded / 2 : index + rounded;
      readings.push({
        commune_insee: b.commune.insee,
        building_id: b.row.building_id,
        fluid: meter.fluid,
        period_start: period.start,
        period_end: period.end,
        quantity: rounded,
        unit: meter.unit,
        amount_eur: round(amount, 2),
        index_reset: reset,
        import_id: null,
        index_start: indexStart,
        index_end: round(index, 1),
      });
    }
    yearly.forEach((amount, y) => {
      const key = `${b.commune.insee}|${firstYear + y}|${meter.fluid}|${b.row.type}`;
      const cost = costIndex.get(key) ?? {
        commune_insee: b.commune.insee,
        year: firstYear + y,
        fluid: meter.fluid,
        type: b.row.type,
        amount_eur: 0,
      };
      cost.amount_eur += amount;
      costIndex.set(key, cost);
    });
  }
  return {
    meters: meters.map((m) => ({
      commune_insee: m.building.commune.insee,
      building_id: m.building.row.building_id,
      fluid: m.fluid,
      unit: m.unit,
    })),
    readings,
    costs: [...costIndex.values()],
  };
}
