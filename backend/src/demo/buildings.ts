// Municipal buildings: a catalogue per commune (about 150 in Lille, fewer in partner communes, in proportion to
// population), each with a type, a heated area, a quartier, an address on one of the quartier's streets and
// the parameters its fluid bills are drawn from (see fluids.ts).
import { COMMUNES, buildGeography, type CommuneCode, type CommuneSpec, type Quartier } from './geography';
import { createRng, round, type Rng } from './random';
import type { BuildingRow, BuildingType } from './rows';
import { addressOn, pointOnStreet, streetsOf } from './streets';

/** Planted story 1: the leaking school. */
export const LEAKING_SCHOOL_ID = 'LIL-ECO-023';
export const LEAKING_SCHOOL_NAME = 'École maternelle Jules Ferry';
export const LEAK_START = '2025-09-01';
/** Planted story 2: the large building on the wrong side of its décret tertiaire trajectory. */
export const DRIFTING_BUILDING_ID = 'LIL-GYM-002';
export const DRIFTING_BUILDING_NAME = 'Complexe sportif Pierre de Coubertin';
/** The meter replaced in 2023 (one reading flagged index_reset). */
export const INDEX_RESET_BUILDING_ID = 'LIL-BUR-001';

interface TypeSpec {
  code: string;
  /** Buildings of this type in Lille at scale 1. */
  lille: number;
  /** Heated area range, m². */
  area: [number, number];
  /** At least this many per commune at any scale. */
  min: number;
}

export const BUILDING_TYPES: Record<BuildingType, TypeSpec> = {
  school: { code: 'ECO', lille: 60, area: [1500, 5000], min: 1 },
  nursery: { code: 'CRE', lille: 14, area: [350, 900], min: 1 },
  gym: { code: 'GYM', lille: 16, area: [800, 3000], min: 1 },
  pool: { code: 'PIS', lille: 5, area: [2000, 4000], min: 1 },
  library: { code: 'BIB', lille: 8, area: [400, 1800], min: 1 },
  town_hall: { code: 'MAI', lille: 12, area: [600, 2500], min: 1 },
  office: { code: 'BUR', lille: 8, area: [1000, 6000], min: 1 },
  culture: { code: 'CUL', lille: 9, area: [500, 4000], min: 1 },
  social: { code: 'SOC', lille: 10, area: [300, 1500], min: 1 },
  technical: { code: 'TEC', lille: 6, area: [500, 3000], min: 1 },
  other: { code: 'AUT', lille: 2, area: [200, 1000], min: 0 },
};

/** A comma-separated list written over several lines. */
const list = (text: string): string[] => text.trim().split(/,\s*/);

const PEOPLE = list(`
Jules Ferry, Victor Hugo, Jean Jaurès, Louise Michel, Pierre Brossolette, Jean Macé, Condorcet,
Paul Bert, Anatole France, Marie Curie, Jean Zay, Lamartine, Marceline Desbordes-Valmore,
Charles Perrault, Jacques Prévert, Léon Blum, Louis Pasteur, Voltaire, Jean-Jacques Rousseau,
George Sand, Albert Camus, Simone Veil, Lucie Aubrac, Paul Langevin, Jean Moulin,
Antoine de Saint-Exupéry, Jules Verne, Alphonse Daudet, Émile Zola, Pauline Kergomard,
Ferdinand Buisson, Marcel Pagnol, Joséphine Baker, Gustave Eiffel, Olympe de Gouges,
Rosa Parks, Nelson Mandela, Arthur Rimbaud, Jean de La Fontaine, Samuel Paty
`);
/** School namesakes: PEOPLE without Jules Ferry (kept for the planted school) plus one, 40 in all. */
const SCHOOL_PEOPLE = [...PEOPLE.filter((p) => p !== 'Jules Ferry'), 'Jean Piaget'];
const SCHOOL_KINDS = ['École maternelle', 'École élémentaire', 'Groupe scolaire'];
const NURSERIES = list(`
Les Petits Loups, Les Lucioles, Les Coccinelles, Pomme d'Api, Les Moussaillons, Les Calinours,
Le Petit Prince, Les Écureuils, Les Lutins, Les Papillons, Arc-en-ciel, Les Marmousets,
Les P'tits Bouts, Les Hirondelles
`);
const SPORTS_PEOPLE = list(`
Jean Bouin, Pierre de Coubertin, Marcel Cerdan, Alain Colas, Suzanne Lenglen, Jean Borotra,
Léo Lagrange, Roger Couderc, Colette Besson, Marie-José Pérec, Jacques Anquetil, Raymond Kopa,
Émile Allais, Alain Mimoun, Micheline Ostermeyer, Jesse Owens
`);
const CULTURE = list(`
Maison Folie Wazemmes, Maison Folie Moulins, Conservatoire à rayonnement régional,
Théâtre municipal, Salle des fêtes, Centre d’arts plastiques, Palais Rihour,
Musée d’histoire naturelle, Archives municipales
`);
const LILLE_POOLS: [string, string][] = [
  ['Piscine Marx Dormoy', 'Bois-Blancs'],
  ['Piscine de Lille-Sud', 'Lille-Sud'],
  ['Piscine de Fives', 'Fives'],
  ['Piscine de Lomme', 'Lomme'],
  ['Piscine d’Hellemmes', 'Hellemmes'],
];
const LILLE_LIBRARIES: [string, string][] = [
  ['Médiathèque Jean Lévy', 'Centre'],
  ['Médiathèque de Wazemmes', 'Wazemmes'],
  ['Médiathèque de Fives', 'Fives'],
  ['Médiathèque de Lomme', 'Lomme'],
  ['Médiathèque du Vieux-Lille', 'Vieux-Lille'],
  ['Médiathèque de Lille-Sud', 'Lille-Sud'],
  ['Médiathèque de Moulins', 'Lille-Moulins'],
  ['Médiathèque d’Hellemmes', 'Hellemmes'],
];

export type HeatingFluid = 'gas' | 'heat';

/** A building row plus what its bills are drawn from. */
export interface BuildingModel {
  row: BuildingRow;
  commune: CommuneSpec;
  quartier: Quartier;
  heating: HeatingFluid;
  /** Electricity, kWh/m²/yr at full occupancy. */
  electricityIntensity: number;
  /** Space heating, kWh/m²/yr in a normal DJU year. */
  heatingIntensity: number;
  /** Hot water and process heat (all year), kWh/m²/yr. */
  baseHeatIntensity: number;
  /** Water, m³/m²/yr at full occupancy. */
  waterIntensity: number;
  /** Yearly drift of energy use (-0.03 = -3 %/yr). */
  trend: number;
  /** Street of the address (counting sites at facilities reuse it). */
  street: string;
  /** Day of the month supplier periods start on (1 = calendar months). */
  billingDay: number;
  priceFactor: number;
}

/** Intensity ranges per type: electricity, space heating, base heat (kWh/m²/yr), water (m³/m²/yr). */
interface Intensities {
  elec: [number, number];
  heat: [number, number];
  base: [number, number];
  water: [number, number];
}
const INTENSITY: Record<BuildingType, Intensities> = {
  school: { elec: [28, 42], heat: [95, 135], base: [8, 14], water: [0.25, 0.45] },
  nursery: { elec: [40, 55], heat: [110, 150], base: [15, 25], water: [0.8, 1.2] },
  gym: { elec: [25, 45], heat: [80, 125], base: [15, 25], water: [0.3, 0.6] },
  pool: { elec: [150, 220], heat: [250, 350], base: [250, 330], water: [3, 6] },
  library: { elec: [50, 80], heat: [80, 115], base: [5, 10], water: [0.1, 0.2] },
  town_hall: { elec: [50, 80], heat: [90, 125], base: [6, 12], water: [0.15, 0.3] },
  office: { elec: [60, 90], heat: [80, 115], base: [6, 12], water: [0.15, 0.3] },
  culture: { elec: [60, 100], heat: [90, 135], base: [6, 12], water: [0.15, 0.3] },
  social: { elec: [40, 60], heat: [100, 135], base: [15, 25], water: [0.4, 0.7] },
  technical: { elec: [30, 60], heat: [70, 115], base: [10, 20], water: [0.3, 0.6] },
  other: { elec: [30, 50], heat: [80, 115], base: [6, 12], water: [0.2, 0.4] },
};

export function buildingCount(type: BuildingType, commune: CommuneSpec, scale: number): number {
  const spec = BUILDING_TYPES[type];
  const base = spec.lille * (commune.population / COMMUNES[0].population);
  return Math.max(spec.min, Math.round(base * scale));
}

function baseCount(type: BuildingType, commune: CommuneSpec): number {
  return Math.max(1, Math.round(BUILDING_TYPES[type].lille * (commune.population / COMMUNES[0].population)));
}

function pickQuartier(quartiers: Quartier[], rng: Rng): Quartier {
  return rng.weighted(
    quartiers,
    quartiers.map((q) => q.population),
  );
}

function nameAndQuartier(
  commune: CommuneSpec,
  type: BuildingType,
  index: number,
  quartiers: Quartier[],
  rng: Rng,
): { name: string; quartier: Quartier } {
  const lille = commune.code === 'LIL';
  const base = baseCount(type, commune);
  const slot = (index - 1) % base;
  const copy = Math.floor((index - 1) / base);
  const suffix = copy > 0 ? ` (${copy + 1})` : '';
  const byName = (name: string) => quartiers.find((q) => q.name === name)!;
  const random = () => pickQuartier(quartiers, rng);
  let name: string;
  let quartier: Quartier;
  switch (type) {
    case 'school':
      name = `${SCHOOL_KINDS[slot % 3]} ${SCHOOL_PEOPLE[(slot * 7) % SCHOOL_PEOPLE.length]}`;
      quartier = random();
      break;
    case 'nursery':
      name = `Crèche ${NURSERIES[slot % NURSERIES.length]}`;
      quartier = random();
      break;
    case 'gym':
      name = `${slot % 2 ? 'Salle de sports' : 'Complexe sportif'} ${SPORTS_PEOPLE[slot % SPORTS_PEOPLE.length]}`;
      quartier = random();
      break;
    case 'pool':
      if (lille && slot < LILLE_POOLS.length) {
        name = LILLE_POOLS[slot][0];
        quartier = byName(LILLE_POOLS[slot][1]);
      } else {
        quartier = quartiers[slot % quartiers.length];
        name = `Piscine ${commune.name} ${quartier.name}`;
      }
      break;
    case 'library':
      if (lille && slot < LILLE_LIBRARIES.length) {
        name = LILLE_LIBRARIES[slot][0];
        quartier = byName(LILLE_LIBRARIES[slot][1]);
      } else {
        quartier = quartiers[slot % quartiers.length];
        name = slot === 0 ? `Médiathèque de ${commune.name}` : `Médiathèque ${quartier.name}`;
      }
      break;
    case 'town_hall':
      quartier = quartiers[slot % quartiers.length];
      if (slot === 0) name = lille ? 'Hôtel de Ville' : `Hôtel de Ville de ${commune.name}`;
      else if (lille && quartier.name === 'Lomme') name = 'Mairie de Lomme';
      else if (lille && quartier.name === 'Hellemmes') name = 'Mairie d’Hellemmes';
      else if (slot < quartiers.length) name = `Mairie de quartier ${quartier.name}`;
      else name = `Mairie annexe n° ${slot}`;
      break;
    case 'office':
      name = `Centre administratif n° ${slot + 1}`;
      quartier = slot === 0 ? quartiers[0] : random();
      break;
    case 'culture':
      name = lille ? CULTURE[slot % CULTURE.length] : `${CULTURE[(slot + 2) % CULTURE.length]} de ${commune.name}`;
      quartier = lille && slot === 0 ? byName('Wazemmes') : lille && slot === 1 ? byName('Lille-Moulins') : random();
      break;
    case 'social':
      quartier = random();
      name =
        slot % 3 === 2 ? `Résidence autonomie ${PEOPLE[(slot * 3) % PEOPLE.length]}` : `Centre social ${quartier.name}`;
      break;
    case 'technical':
      quartier = random();
      name = ['Centre technique municipal', 'Garage municipal', 'Serres municipales', 'Atelier bâtiments'][slot % 4];
      break;
    default:
      quartier = random();
      name = slot % 2 ? 'Salle polyvalente' : 'Maison des associations';
  }
  return { name: name + suffix, quartier };
}

function buildingModel(seed: number, commune: CommuneSpec, type: BuildingType, index: number): BuildingModel {
  const geo = buildGeography();
  const quartiers = geo.commune(commune.code).quartiers;
  const spec = BUILDING_TYPES[type];
  const id = `${commune.code}-${spec.code}-${String(index).padStart(3, '0')}`;
  const rng = createRng(seed, 'building', id);
  let { name, quartier } = nameAndQuartier(commune, type, index, quartiers, rng);
  // Town-centre heavyweights: the Hôtel de Ville and the central library are bigger than the range.
  let area = Math.exp(rng.uniform(Math.log(spec.area[0]), Math.log(spec.area[1])));
  if (type === 'town_hall' && index === 1) area = commune.code === 'LIL' ? 18_000 : 6_000;
  if (type === 'library' && index === 1 && commune.code === 'LIL') area = 8_500;
  if (type === 'school' && name.startsWith('École maternelle')) area = Math.min(area, 2_400);
  let trend = rng.uniform(-0.03, -0.01);
  if (id === LEAKING_SCHOOL_ID) {
    name = LEAKING_SCHOOL_NAME;
    area = 1_650;
  }
  if (id === DRIFTING_BUILDING_ID) {
    name = DRIFTING_BUILDING_NAME;
    area = 2_800;
    quartier = geo.quartier('LIL', 'Lille-Sud');
    trend = 0.03;
  }
  const streets = streetsOf(commune.code as CommuneCode, seed).filter((s) => s.quartier === quartier);
  const street = rng.pick(streets);
  const number = rng.int(1, 160);
  const [lon, lat] = pointOnStreet(street, rng.next(), number % 2 ? -1 : 1);
  const intensity = INTENSITY[type];
  const heating: HeatingFluid = type === 'pool' || rng.chance(0.7) ? 'gas' : 'heat';
  const offsetBilling = id !== LEAKING_SCHOOL_ID && id !== DRIFTING_BUILDING_ID && rng.chance(0.1);
  return {
    row: {
      commune_insee: commune.insee,
      building_id: id,
      name,
      type,
      heated_area_m2: round(area, 0),
      address: addressOn(street, number),
      lat,
      lon,
      quartier_id: quartier.id,
      import_id: null,
    },
    commune,
    quartier,
    heating,
    street: street.name,
    electricityIntensity: rng.uniform(...intensity.elec),
    heatingIntensity: rng.uniform(...intensity.heat),
    baseHeatIntensity: rng.uniform(...intensity.base),
    waterIntensity: rng.uniform(...intensity.water),
    trend,
    billingDay: offsetBilling ? rng.pick([5, 10, 15, 20]) : 1,
    priceFactor: rng.uniform(0.96, 1.04),
  };
}

const PLANTED_BUILDINGS = [LEAKING_SCHOOL_ID, DRIFTING_BUILDING_ID, INDEX_RESET_BUILDING_ID];

/** Buildings of every demo commune at this scale; the planted ones are always included. */
export function buildBuildings(seed: number, scale: number): BuildingModel[] {
  const models: BuildingModel[] = [];
  for (const commune of COMMUNES) {
    for (const type of Object.keys(BUILDING_TYPES) as BuildingType[]) {
      const count = buildingCount(type, commune, scale);
      const indexes = new Set<number>();
      for (let i = 1; i <= count; i++) indexes.add(i);
      for (const planted of PLANTED_BUILDINGS) {
        const [code, typeCode, n] = planted.split('-');
        if (code === commune.code && typeCode === BUILDING_TYPES[type].code) indexes.add(Number(n));
      }
      for (const index of [...indexes].sort((a, b) => a - b)) {
        models.push(buildingModel(seed, commune, type, index));
      }
    }
  }
  return models;
}
