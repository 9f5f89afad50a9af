// Shop premises (cellules commerciales) on the shopping streets of each quartier and their dated status history
// from 2019-01-01: a month-by-month simulation per street (closures, openings after a vacancy, works before a
// new tenant, takeovers, a few premises merged or demolished) that tracks the street's target vacancy rate.
import { daysInMonth, isoDate } from './calendar';
import { COMMUNES, type CommuneCode, type CommuneSpec } from './geography';
import { clamp, createRng, round, type Rng } from './random';
import type { PremisesRow, PremisesStatus, PremisesStatusRow } from './rows';
import {
  DECLINING_STREET,
  DECLINING_STREET_PREMISES,
  addressOn,
  pointOnStreet,
  streetsOf,
  type Street,
} from './streets';

export const HISTORY_START = '2019-01-01';

/** Activity categories (a simple retail typology, documented in the README). */
export const ACTIVITIES = [
  'alimentaire',
  'restauration',
  'équipement de la personne',
  'équipement de la maison',
  'culture-loisirs',
  'hygiène-santé-beauté',
  'services',
  'autre',
] as const;
const CENTRE_MIX = [8, 22, 30, 6, 7, 12, 12, 3];
const NEIGHBOURHOOD_MIX = [20, 20, 8, 6, 5, 13, 22, 6];

/** Lille's premises per quartier at scale 1 (about 2,000; the declining street's 60 included in Centre). */
const LILLE_PREMISES: Record<string, number> = {
  Centre: 600,
  'Vieux-Lille': 300,
  Wazemmes: 260,
  'Vauban-Esquermes': 120,
  'Lille-Moulins': 130,
  Fives: 140,
  'Saint-Maurice Pellevoisin': 60,
  'Lille-Sud': 90,
  'Faubourg de Béthune': 50,
  'Bois-Blancs': 30,
  Lomme: 130,
  Hellemmes: 90,
};
/** Partner communes: premises per inhabitant relative to Lille. */
const PARTNER_DENSITY = 0.8;
/** Street base vacancy ranges per commune. */
const BASE_VACANCY: Record<CommuneCode, [number, number]> = {
  LIL: [0.05, 0.14],
  RBX: [0.1, 0.17],
  TCG: [0.08, 0.14],
  MCQ: [0.04, 0.09],
};
/** Prime streets keep low vacancy. */
const PRIME_STREETS = new Set(['rue Neuve', 'rue Faidherbe', 'place du Général de Gaulle', 'rue de la Monnaie']);

/** Planted story 3: vacancy of the declining street, 5 % until the end of 2020, then rising to 28 %. */
export const DECLINE_VACANCY_FROM = 0.05;
export const DECLINE_VACANCY_TO = 0.28;

export interface CommerceOutput {
  premises: PremisesRow[];
  statuses: PremisesStatusRow[];
}

interface Unit {
  row: PremisesRow;
  status: PremisesStatus;
  activity: string | null;
  /** Month index of the last change. */
  since: number;
  worksUntil: number;
}

interface MonthSlot {
  year: number;
  month: number;
}

function monthsUntil(asOf: string): MonthSlot[] {
  const slots: MonthSlot[] = [];
  for (let year = 2019, month = 1; isoDate(year, month, 1) <= asOf;) {
    slots.push({ year, month });
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return slots;
}

/** Splits `total` over weights, largest remainders first, so the parts sum exactly. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!sum) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i] += 1;
  }
  return parts;
}

function premisesPerStreet(commune: CommuneSpec, streets: Street[], scale: number): Map<Street, number> {
  const counts = new Map<Street, number>();
  const quartiers = [...new Set(streets.map((s) => s.quartier))];
  const partnerTotal = (2000 * commune.population * PARTNER_DENSITY) / COMMUNES[0].population;
  for (const q of quartiers) {
    const ofQuartier = streets.filter((s) => s.quartier === q);
    let total: number;
    if (commune.code === 'LIL') total = LILLE_PREMISES[q.name] ?? 0;
    else total = partnerTotal * (q.name === 'Centre' ? 0.45 : 0.55 / (quartiers.length - 1));
    total = Math.round(total * scale);
    const declining = ofQuartier.find((s) => commune.code === 'LIL' && s.name === DECLINING_STREET);
    if (declining) {
      const n = Math.max(30, Math.round(DECLINING_STREET_PREMISES * scale));
      counts.set(declining, n);
      total = Math.max(0, total - n);
    }
    const shopping = ofQuartier.filter((s) => s.weight > 0);
    apportion(
      total,
      shopping.map((s) => s.weight),
    ).forEach((n, i) => counts.set(shopping[i], n));
  }
  return counts;
}

function targetVacancy(street: Street, base: number, drift: number, slot: MonthSlot): number {
  const years = slot.year - 2019 + (slot.month - 1) / 12;
  if (street.commune === 'LIL' && street.name === DECLINING_STREET) {
    const start = 2021;
    const end = 2026 + 10 / 12;
    const t = clamp((years + 2019 - start) / (end - start), 0, 1);
    return DECLINE_VACANCY_FROM + (DECLINE_VACANCY_TO - DECLINE_VACANCY_FROM) * t;
  }
  // Covid bump: closures peak in mid-2021, absorbed by mid-2023.
  const covid = Math.max(0, 0.02 * (1 - Math.abs(years - 2.5) / 1.5));
  return clamp(base + drift * years + covid, 0.02, 0.3);
}

function simulateStreet(
  street: Street,
  units: Unit[],
  slots: MonthSlot[],
  asOf: string,
  rng: Rng,
  statuses: PremisesStatusRow[],
): void {
  const declining = street.commune === 'LIL' && street.name === DECLINING_STREET;
  const prime = PRIME_STREETS.has(street.name);
  const [low, high] = BASE_VACANCY[street.commune];
  const base = declining ? DECLINE_VACANCY_FROM : prime ? rng.uniform(0.02, 0.05) : rng.uniform(low, high);
  const drift = declining ? 0 : rng.normal(0, 0.006);
  const reopenRate = declining ? 0.004 : rng.uniform(0.035, 0.06);
  const centre = ['Centre', 'Vieux-Lille'].includes(street.quartier.name);
  const mix = centre ? CENTRE_MIX : NEIGHBOURHOOD_MIX;
  const pickActivity = (previous: string | null) => {
    let a = rng.weighted(ACTIVITIES, mix);
    if (a === previous) a = rng.weighted(ACTIVITIES, mix);
    return a;
  };
  const record = (unit: Unit, monthIndex: number, status: PremisesStatus, activity: string | null) => {
    const slot = slots[monthIndex];
    const lastDay = Math.min(
      daysInMonth(slot.year, slot.month),
      isoDate(slot.year, slot.month, 1) === asOf.slice(0, 8) + '01' ? Number(asOf.slice(8, 10)) : 31,
    );
    const validFrom = monthIndex === 0 ? HISTORY_START : isoDate(slot.year, slot.month, rng.int(1, lastDay));
    unit.status = status;
    unit.activity = activity;
    unit.since = monthIndex;
    statuses.push({
      commune_insee: unit.row.commune_insee,
      premises_id: unit.row.premises_id,
      valid_from: validFrom,
      status,
      activity,
      import_id: null,
    });
  };

  // Initial state on 2019-01-01.
  const initialVacant = new Set(
    rng.shuffle(units).slice(0, Math.round(units.length * targetVacancy(street, base, drift, slots[0]))),
  );
  for (const unit of units) {
    if (initialVacant.has(unit)) record(unit, 0, 'vacant', null);
    else record(unit, 0, 'occupied', pickActivity(null));
    unit.since = -rng.int(0, initialVacant.has(unit) ? 18 : 120);
  }

  for (let m = 1; m < slots.length; m++) {
    const changed = new Set<Unit>();
    const change = (unit: Unit, status: PremisesStatus, activity: string | null) => {
      record(unit, m, status, activity);
      changed.add(unit);
    };
    for (const unit of units) {
      if (unit.status === 'closed') continue;
      if (unit.status === 'works') {
        if (m >= unit.worksUntil) change(unit, 'occupied', pickActivity(null));
        continue;
      }
      if (!declining && rng.chance(0.00012)) {
        change(unit, 'closed', null); // merged with the neighbouring unit or demolished
      } else if (unit.status === 'occupied') {
        if (rng.chance(0.004)) change(unit, 'vacant', null);
        else if (rng.chance(0.0015)) change(unit, 'occupied', pickActivity(unit.activity)); // takeover
      } else if (unit.status === 'vacant' && m - unit.since >= 2 && rng.chance(reopenRate)) {
        if (rng.chance(0.35)) {
          change(unit, 'works', null);
          unit.worksUntil = m + rng.int(1, 3);
        } else {
          change(unit, 'occupied', pickActivity(null));
        }
      }
    }
    // Track the street's target vacancy.
    const occupied = units.filter((u) => u.status === 'occupied' && !changed.has(u));
    const vacant = units.filter((u) => u.status === 'vacant');
    const active = units.filter((u) => u.status === 'occupied' || u.status === 'vacant').length;
    const wanted = Math.round(active * targetVacancy(street, base, drift, slots[m]));
    if (vacant.length < wanted) {
      for (const unit of rng.shuffle(occupied).slice(0, wanted - vacant.length)) change(unit, 'vacant', null);
    } else if (vacant.length > wanted + 1) {
      // On the declining street only the most recent vacancies find a tenant: long vacancies pile up.
      const reopenable = vacant.filter((u) => !changed.has(u));
      const ordered = declining ? reopenable.sort((a, b) => b.since - a.since) : rng.shuffle(reopenable);
      const excess = Math.ceil((vacant.length - wanted) / 2);
      for (const unit of ordered.slice(0, excess)) change(unit, 'occupied', pickActivity(null));
    }
  }
}

export function buildCommerce(seed: number, scale: number, asOf: string): CommerceOutput {
  const premises: PremisesRow[] = [];
  const statuses: PremisesStatusRow[] = [];
  const slots = monthsUntil(asOf);
  for (const commune of COMMUNES) {
    const streets = streetsOf(commune.code, seed);
    const perStreet = premisesPerStreet(commune, streets, scale);
    let seq = 0;
    for (const street of streets) {
      const n = perStreet.get(street) ?? 0;
      if (!n) continue;
      const rng = createRng(seed, 'commerce', commune.code, street.name);
      const units: Unit[] = [];
      const centre = ['Centre', 'Vieux-Lille'].includes(street.quartier.name);
      for (let k = 1; k <= n; k++) {
        seq += 1;
        const side = k % 2 ? -1 : 1;
        const [lon, lat] = pointOnStreet(street, (Math.ceil(k / 2) - 0.5) / Math.ceil(n / 2), side);
        const surface = clamp(Math.exp(rng.normal(Math.log(centre ? 95 : 70), 0.55)), 30, 400);
        const row: PremisesRow = {
          commune_insee: commune.insee,
          premises_id: `${commune.code}-LC-${String(seq).padStart(5, '0')}`,
          address: addressOn(street, k),
          street: street.name,
          quartier_id: street.quartier.id,
          lat,
          lon,
          surface_m2: round(surface, 0),
          ground_floor: !rng.chance(0.02),
          import_id: null,
        };
        premises.push(row);
        units.push({ row, status: 'occupied', activity: null, since: 0, worksUntil: 0 });
      }
      simulateStreet(
        street,
        units,
        slots,
        asOf,
        createRng(seed, 'commerce', commune.code, street.name, 'history'),
        statuses,
      );
    }
  }
  return { premises, statuses };
}

/** Vacancy at a date: vacant / (occupied + vacant), optionally for one street. Used by the specs and README. */
export function vacancyAt(
  output: CommerceOutput,
  date: string,
  filter: (p: PremisesRow) => boolean = () => true,
): { vacant: number; active: number; rate: number; longVacant: number } {
  const wanted = new Set(output.premises.filter(filter).map((p) => `${p.commune_insee}|${p.premises_id}`));
  const current = new Map<string, PremisesStatusRow>();
  const vacantSince = new Map<string, string>();
  const sorted = output.statuses
    .filter((s) => s.valid_from <= date && wanted.has(`${s.commune_insee}|${s.premises_id}`))
    .sort((a, b) => (a.valid_from < b.valid_from ? -1 : a.valid_from > b.valid_from ? 1 : 0));
  for (const s of sorted) {
    const key = `${s.commune_insee}|${s.premises_id}`;
    const before = current.get(key);
    if (s.status === 'vacant' && before?.status !== 'vacant') vacantSince.set(key, s.valid_from);
    current.set(key, s);
  }
  let vacant = 0;
  let active = 0;
  let longVacant = 0;
  const yearBefore = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
  for (const [key, s] of current) {
    if (s.status === 'vacant' || s.status === 'occupied') active += 1;
    if (s.status === 'vacant') {
      vacant += 1;
      if (vacantSince.get(key)! <= yearBefore) longVacant += 1;
    }
  }
  return { vacant, active, rate: active ? vacant / active : 0, longVacant };
}
