// Counting sites: about 40 in Lille (pedestrian counters in the shopping streets, bike and car counters, entries
// of pools and libraries) and a few in each partner commune. The catalogue order matters: at a small scale the
// first sites of each kind are kept, and the planted stories' sites come first.
import type { BuildingModel } from './buildings';
import { COMMUNES, type CommuneCode } from './geography';
import { createRng, round } from './random';
import type { CountingSiteRow, SiteKind } from './rows';
import { DECLINING_STREET, WORKS_STREET, pointOnStreet, streetByName } from './streets';

export type Profile = 'centre' | 'neighbourhood' | 'market' | 'bike' | 'car' | 'pool' | 'library';

interface SiteSeed {
  street: string;
  /** Daily flow on an ordinary weekday (facilities: entries on an open day). */
  base: number;
  profile: Profile;
  zone: string;
  label?: string;
  installedOn?: string;
  /** Facilities: the building type counted. */
  facility?: 'pool' | 'library';
}

const CENTRE = 'Centre-ville';
const WAZEMMES = 'Wazemmes';
const OUTSIDE = 'Hors centre';

const LILLE: Record<SiteKind, SiteSeed[]> = {
  pedestrian: [
    { street: 'rue Neuve', base: 26_000, profile: 'centre', zone: CENTRE },
    { street: DECLINING_STREET, base: 22_000, profile: 'centre', zone: CENTRE },
    { street: WORKS_STREET, base: 9_000, profile: 'market', zone: WAZEMMES, label: 'marché' },
    { street: WORKS_STREET, base: 7_000, profile: 'neighbourhood', zone: WAZEMMES, label: 'nord' },
    { street: 'rue Faidherbe', base: 18_000, profile: 'centre', zone: CENTRE },
    { street: 'place du Général de Gaulle', base: 24_000, profile: 'centre', zone: CENTRE },
    { street: 'rue Nationale', base: 12_000, profile: 'centre', zone: CENTRE },
    { street: 'rue Esquermoise', base: 9_000, profile: 'centre', zone: CENTRE },
    { street: 'rue de la Monnaie', base: 6_000, profile: 'centre', zone: CENTRE },
    { street: 'rue des Postes', base: 6_000, profile: 'neighbourhood', zone: WAZEMMES },
    { street: 'place de la Nouvelle Aventure', base: 7_000, profile: 'market', zone: WAZEMMES },
    { street: 'rue Pierre Legrand', base: 5_000, profile: 'neighbourhood', zone: OUTSIDE },
    { street: 'rue Solférino', base: 5_000, profile: 'neighbourhood', zone: OUTSIDE },
    {
      street: "rue d'Arras",
      base: 3_000,
      profile: 'neighbourhood',
      zone: OUTSIDE,
      installedOn: '2021-06-15',
    },
    { street: 'avenue de Dunkerque', base: 3_500, profile: 'neighbourhood', zone: OUTSIDE },
    { street: 'rue Roger Salengro', base: 2_500, profile: 'neighbourhood', zone: OUTSIDE },
  ],
  bike: [
    { street: 'boulevard de la Liberté', base: 3_000, profile: 'bike', zone: CENTRE },
    { street: 'avenue du Peuple Belge', base: 2_500, profile: 'bike', zone: CENTRE },
    { street: 'rue Nationale', base: 1_800, profile: 'bike', zone: CENTRE },
    { street: 'boulevard Vauban', base: 2_200, profile: 'bike', zone: OUTSIDE },
    { street: 'rue Solférino', base: 1_500, profile: 'bike', zone: OUTSIDE },
    { street: 'rue Pierre Legrand', base: 1_000, profile: 'bike', zone: OUTSIDE },
    { street: 'avenue de Dunkerque', base: 900, profile: 'bike', zone: OUTSIDE },
    { street: 'rue du Faubourg des Postes', base: 700, profile: 'bike', zone: OUTSIDE },
    {
      street: 'rue de Douai',
      base: 800,
      profile: 'bike',
      zone: OUTSIDE,
      installedOn: '2023-03-01',
    },
    { street: 'rue Roger Salengro', base: 600, profile: 'bike', zone: OUTSIDE },
  ],
  car: [
    { street: 'boulevard de la Liberté', base: 22_000, profile: 'car', zone: CENTRE },
    { street: 'avenue de Dunkerque', base: 18_000, profile: 'car', zone: OUTSIDE },
    { street: 'rue du Faubourg des Postes', base: 12_000, profile: 'car', zone: OUTSIDE },
    { street: 'boulevard de Metz', base: 20_000, profile: 'car', zone: OUTSIDE },
    { street: 'boulevard de Belfort', base: 15_000, profile: 'car', zone: OUTSIDE },
    { street: 'rue du Faubourg de Roubaix', base: 14_000, profile: 'car', zone: OUTSIDE },
  ],
  facility: [
    {
      street: '',
      base: 520,
      profile: 'pool',
      zone: '',
      facility: 'pool',
      installedOn: '2019-06-01',
    },
    {
      street: '',
      base: 1_500,
      profile: 'library',
      zone: '',
      facility: 'library',
      installedOn: '2019-06-01',
    },
    {
      street: '',
      base: 420,
      profile: 'pool',
      zone: '',
      facility: 'pool',
      installedOn: '2019-06-01',
    },
    {
      street: '',
      base: 450,
      profile: 'library',
      zone: '',
      facility: 'library',
      installedOn: '2019-06-01',
    },
    {
      street: '',
      base: 380,
      profile: 'pool',
      zone: '',
      facility: 'pool',
      installedOn: '2019-06-01',
    },
    {
      street: '',
      base: 350,
      profile: 'library',
      zone: '',
      facility: 'library',
      installedOn: '2019-06-01',
    },
    {
      street: '',
      base: 400,
      profile: 'pool',
      zone: '',
      facility: 'pool',
      installedOn: '2019-06-01',
    },
    {
      street: '',
      base: 300,
      profile: 'library',
      zone: '',
      facility: 'library',
      installedOn: '2019-06-01',
    },
    {
      street: '',
      base: 330,
      profile: 'pool',
      zone: '',
      facility: 'pool',
      installedOn: '2019-06-01',
    },
  ],
};

const PARTNERS: Record<Exclude<CommuneCode, 'LIL'>, Partial<Record<SiteKind, SiteSeed[]>>> = {
  RBX: {
    pedestrian: [
      { street: 'Grande Rue', base: 8_000, profile: 'centre', zone: CENTRE },
      { street: 'rue de Lannoy', base: 3_500, profile: 'neighbourhood', zone: OUTSIDE },
    ],
    bike: [{ street: 'avenue Jean Lebas', base: 900, profile: 'bike', zone: CENTRE }],
    facility: [
      {
        street: '',
        base: 420,
        profile: 'pool',
        zone: '',
        facility: 'pool',
        installedOn: '2019-09-01',
      },
    ],
  },
  TCG: {
    pedestrian: [{ street: 'rue de Lille', base: 7_000, profile: 'centre', zone: CENTRE }],
    car: [{ street: 'boulevard Gambetta', base: 16_000, profile: 'car', zone: OUTSIDE }],
    facility: [
      {
        street: '',
        base: 600,
        profile: 'library',
        zone: '',
        facility: 'library',
        installedOn: '2019-09-01',
      },
    ],
  },
  MCQ: {
    pedestrian: [{ street: 'avenue Foch', base: 3_000, profile: 'centre', zone: CENTRE }],
    bike: [{ street: 'avenue de la Marne', base: 1_200, profile: 'bike', zone: OUTSIDE }],
  },
};

const KIND_CODE: Record<SiteKind, string> = {
  pedestrian: 'PED',
  bike: 'BIK',
  car: 'CAR',
  facility: 'FAC',
};
const KIND_LABEL: Record<SiteKind, string> = {
  pedestrian: 'Piétons',
  bike: 'Vélos',
  car: 'Véhicules',
  facility: 'Entrées',
};
/** Lille pedestrian sites kept at any scale: the planted stories and two control sites. */
const LILLE_MIN_PEDESTRIAN = 5;

/** Planted stories 3 and 4: site ids. */
export const DECLINING_STREET_SITE = 'LIL-PED-02';
export const WORKS_SITES = ['LIL-PED-03', 'LIL-PED-04'];
export const CONTROL_SITES = ['LIL-PED-01', 'LIL-PED-05'];
export const BIKE_LANE_SITE = 'LIL-BIK-01';

export interface SiteModel {
  row: CountingSiteRow;
  code: CommuneCode;
  kind: SiteKind;
  profile: Profile;
  /** Daily flow on an ordinary weekday. */
  base: number;
}

function catalogue(code: CommuneCode): Partial<Record<SiteKind, SiteSeed[]>> {
  return code === 'LIL' ? LILLE : PARTNERS[code];
}

export function buildSites(seed: number, scale: number, buildings: BuildingModel[]): SiteModel[] {
  const sites: SiteModel[] = [];
  for (const commune of COMMUNES) {
    const code = commune.code;
    for (const [kind, seeds] of Object.entries(catalogue(code)) as [SiteKind, SiteSeed[]][]) {
      // Small scales keep the planted stories' sites and one site of each kind in Lille, one counter elsewhere.
      const minimum =
        code === 'LIL' ? (kind === 'pedestrian' ? LILLE_MIN_PEDESTRIAN : 1) : kind === 'pedestrian' ? 1 : 0;
      const count = Math.max(minimum, Math.round(seeds.length * scale));
      const facilityOrdinal = { pool: 0, library: 0 };
      for (let k = 1; k <= count; k++) {
        const template = seeds[(k - 1) % seeds.length];
        const copy = Math.floor((k - 1) / seeds.length);
        const id = `${code}-${KIND_CODE[kind]}-${String(k).padStart(2, '0')}`;
        const rng = createRng(seed, 'site', id);
        const suffix = copy > 0 ? ` (${copy + 1})` : '';
        let row: CountingSiteRow;
        if (template.facility) {
          const type = template.facility;
          facilityOrdinal[type] += 1;
          const ofType = buildings.filter((b) => b.commune.code === code && b.row.type === type);
          const building = ofType[(facilityOrdinal[type] - 1) % ofType.length];
          row = {
            commune_insee: commune.insee,
            site_id: id,
            name: `${KIND_LABEL[kind]} – ${building.row.name}${suffix}`,
            kind,
            street: building.street,
            zone: building.quartier.name === 'Centre' ? CENTRE : OUTSIDE,
            quartier_id: building.quartier.id,
            building_id: building.row.building_id,
            lat: building.row.lat,
            lon: building.row.lon,
            installed_on: template.installedOn ?? '2019-06-01',
            import_id: null,
          };
        } else {
          const street = streetByName(code, template.street, seed);
          const [lon, lat] = pointOnStreet(street, rng.uniform(0.3, 0.7), rng.chance(0.5) ? 1 : -1);
          const label = template.label ? ` (${template.label})` : '';
          row = {
            commune_insee: commune.insee,
            site_id: id,
            name: `${KIND_LABEL[kind]} – ${template.street}${label}${suffix}`,
            kind,
            street: template.street,
            zone: template.zone,
            quartier_id: street.quartier.id,
            building_id: null,
            lat,
            lon,
            installed_on: template.installedOn ?? '2019-09-01',
            import_id: null,
          };
        }
        sites.push({
          row,
          code,
          kind,
          profile: template.profile,
          base: round(template.base * (copy > 0 ? rng.uniform(0.8, 1.2) : 1), 0),
        });
      }
    }
  }
  return sites;
}
