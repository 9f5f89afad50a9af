import { type CommuneOutline, farFromCommune, loadCommuneOutline } from '../../geo/commune-contour';
import type { Knex } from 'knex';
import { quartierAt } from '../../geo/assign-quartiers';
import type { PolygonGeometry } from '../../geo/reproject';
import type { ImportIssue, ImportKind, SiteKind } from '../import-kind';
import { mapColumns, normaliseHeader, readTable, type Table } from '../read-table';
import { upsertRows } from '../upsert';
import { checkDuplicates, RowReader } from '../values';

export interface SiteRecord {
  type: 'site';
  site_id: string;
  /** The site id of the source files when this counting site is one kind of a place counting several (0060). */
  place_id?: string | null;
  /** Not a line of the file (a site a portal export implies, a place read back from the base): not counted as one. */
  derived?: boolean;
  name: string;
  kind: SiteKind | null;
  street: string | null;
  zone: string | null;
  lat: number | null;
  lon: number | null;
  installed_on: string | null;
  building_id: string | null;
}

export interface ChannelRecord {
  type: 'channel';
  /** Not a line of the file (see SiteRecord.derived). */
  derived?: boolean;
  channel_id: string;
  site_id: string;
  mobility_type: string | null;
  direction: string | null;
  temporality: 'permanent' | 'temporary' | null;
  started_at: string | null;
  ended_at: string | null;
  time_step_s: number | null;
}

type Record_ = SiteRecord | ChannelRecord;

export const siteColumns = [
  {
    name: 'site_id',
    required: true,
    description: 'Identifiant du site de comptage',
    aliases: ['id_site', 'identifiant', 'id'],
  },
  {
    name: 'name',
    required: true,
    description: 'Nom du site',
    aliases: ['site_name', 'nom', 'nom_site', 'libelle'],
  },
  {
    name: 'kind',
    required: false,
    description:
      'pedestrian/piéton, bike/vélo, car/voiture, facility/entrées (vide : inchangé, ou piéton pour un nouveau site)',
    aliases: ['type', 'type_site', 'mode', 'mobility_type'],
  },
  {
    name: 'street',
    required: false,
    description: 'Rue où se trouve le compteur (même nom que dans le registre des locaux)',
    aliases: ['rue', 'voie'],
  },
  {
    name: 'zone',
    required: false,
    description: 'Zone ou secteur (Etalab : parent_site_id)',
    aliases: ['secteur', 'parent_site_id'],
  },
  {
    name: 'lat',
    required: false,
    description: 'Latitude WGS84 (Etalab : ylat)',
    aliases: ['ylat', 'latitude'],
  },
  {
    name: 'lon',
    required: false,
    description: 'Longitude WGS84 (Etalab : xlong)',
    aliases: ['xlong', 'longitude', 'lng'],
  },
  {
    name: 'installed_on',
    required: false,
    description: 'Date de mise en service',
    aliases: ['date_installation', 'mise_en_service', 'date_mise_en_service'],
  },
  {
    name: 'building_id',
    required: false,
    description: 'Équipement compté (entrées de piscine, médiathèque)',
    aliases: ['batiment', 'id_batiment'],
  },
  {
    name: 'fr_insee_code',
    required: false,
    description: 'Code INSEE de la commune du site (Etalab) : doit être celui de --commune',
    aliases: ['code_insee', 'insee'],
  },
] as const;

export const channelColumns = [
  { name: 'channel_id', required: true, description: 'Identifiant du channel (Etalab)' },
  { name: 'site_id', required: true, description: 'Site du channel (déjà importé)' },
  {
    name: 'mobility_type',
    required: false,
    description: 'PEDESTRIAN, BIKE, CAR, ... (plusieurs séparés par des virgules)',
  },
  {
    name: 'direction',
    required: false,
    description: 'Direction N, NE, E, ... ou code du fournisseur',
    aliases: ['provider_direction_code', 'sens'],
  },
  { name: 'temporality', required: false, description: 'PERMANENT ou TEMPORARY' },
  { name: 'started_at', required: false, description: 'Début du comptage (ISO 8601)' },
  { name: 'ended_at', required: false, description: 'Fin du comptage (ISO 8601)' },
  {
    name: 'time_step',
    required: false,
    description: 'Pas de temps des mesures, en secondes (900 = 15 minutes)',
  },
] as const;

export const kinds: Record<string, SiteKind> = {
  pedestrian: 'pedestrian',
  pieton: 'pedestrian',
  pietons: 'pedestrian',
  pietonne: 'pedestrian',
  'comptage pieton': 'pedestrian',
  bike: 'bike',
  bicycle: 'bike',
  velo: 'bike',
  velos: 'bike',
  cycle: 'bike',
  cyclable: 'bike',
  cyclistes: 'bike',
  car: 'car',
  voiture: 'car',
  voitures: 'car',
  vehicule: 'car',
  vehicules: 'car',
  vl: 'car',
  routier: 'car',
  'trafic routier': 'car',
  facility: 'facility',
  equipement: 'facility',
  entrees: 'facility',
  frequentation: 'facility',
  'entrees equipement': 'facility',
};

/** Etalab mobility types and the kind of site each counts; other types (horse riders, canoes) set no kind. */
export const mobilityKinds: Record<string, SiteKind | null> = {
  PEDESTRIAN: 'pedestrian',
  BIKE: 'bike',
  'E-SCOOTER': 'bike',
  CAR: 'car',
  BUS: 'car',
  MINIBUS: 'car',
  TRUCK: 'car',
  VAN: 'car',
  'TWO WHEELS MOTORIZED': 'car',
  TRAMWAY: 'car',
  'HORSE-RIDER': null,
  CANOE: null,
  UNDEFINED: null,
};

const inFrance = (lat: number, lon: number) => lat >= 41 && lat <= 52 && lon >= -6 && lon <= 10;

/**
 * `counting-sites`: counting sites (pedestrian, bike, car counters and facility entries), from the French open
 * standard for counting data (Etalab "comptage des mobilités": the `site` file, then the `channel` file, which
 * sets each site's kind from its channels' mobility_type) or from a plain CSV/XLSX
 * `site_id;name;kind;street;zone;lat;lon;installed_on`. The file's header tells which: a `channel_id` column
 * makes it a channel file.
 */
export const countingSitesKind: ImportKind<Record_> = {
  kind: 'counting-sites',
  description:
    'Sites de comptage, ou leurs canaux (fichiers site et channel du schéma Etalab comptage des mobilités, ou CSV simple)',
  formats: ['csv', 'xlsx'],
  columns: [...siteColumns, ...channelColumns.filter((c) => c.name !== 'site_id')],

  async parse(file, ctx) {
    const table = await readTable(file, ctx.fileName);
    return table.header.map(normaliseHeader).includes('channel_id')
      ? parseChannels(table, await knownPlaces(ctx.db, ctx.commune))
      : parseSites(table, ctx.commune, await loadCommuneOutline(ctx.db, ctx.commune));
  },

  async write(trx, records, ctx) {
    const sites = records.filter((r): r is SiteRecord => r.type === 'site');
    const channels = records.filter((r): r is ChannelRecord => r.type === 'channel');
    return sites.length > 0
      ? writeSites(trx, sites, ctx.commune, ctx.importId, ctx.siteKind)
      : writeChannels(trx, channels, ctx.commune, ctx.importId);
  },
};

/**
 * The rows of an Etalab site file (or a plain site list), checked. A site more than 2 km outside the commune's
 * contour (when the commune has one) is refused with how far it is, as a building is.
 */
export function parseSites(table: Table, commune: string, outline?: CommuneOutline) {
  const { rows, issues } = mapColumns(table, siteColumns);
  const parsed: { line: number; record: Record_ }[] = [];
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const siteId = r.text('site_id', { required: true, max: 100 });
    const name = r.text('name', { required: true, max: 200 });
    const kind = r.oneOf('kind', kinds);
    const lat = r.number('lat', { min: -90, max: 90 });
    const lon = r.number('lon', { min: -180, max: 180 });
    if ((r.raw('lat') === '') !== (r.raw('lon') === '')) {
      r.fail(r.raw('lat') === '' ? 'lat' : 'lon', 'latitude et longitude vont ensemble : les deux ou aucune');
    } else if (lat !== undefined && lon !== undefined && !inFrance(lat, lon)) {
      r.fail(
        'lat',
        'coordonnées hors de France (WGS84 en degrés décimaux attendu ; latitude et longitude inversées ?)',
        `${lat} ${lon}`,
      );
    } else if (lat !== undefined && lon !== undefined && outline) {
      const far = farFromCommune(outline, lon, lat, 'site de comptage');
      if (far) r.fail('lat', far, `${lat} ${lon}`);
    }
    const insee = r.text('fr_insee_code');
    if (insee && insee !== commune)
      r.fail('fr_insee_code', `site d’une autre commune : le fichier est importé pour ${commune}`);
    const installedOn = r.date('installed_on');
    if (r.ok) {
      parsed.push({
        line: r.line,
        record: {
          type: 'site',
          site_id: siteId!,
          name: name!,
          kind: kind ?? null,
          place_id: null,
          street: r.text('street', { max: 200 }) ?? null,
          zone: r.text('zone', { max: 100 }) ?? null,
          lat: lat ?? null,
          lon: lon ?? null,
          installed_on: installedOn ?? null,
          building_id: r.text('building_id', { max: 100 }) ?? null,
        },
      });
    }
  }
  return {
    records: checkDuplicates(parsed, (s) => (s as SiteRecord).site_id, issues as ImportIssue[], 'site_id'),
    issues,
  };
}

/** The site ids a channel or measure file may name: the counting sites, and the places split by kind (0060). */
export async function knownPlaces(db: Knex, commune: string): Promise<Set<string>> {
  const rows = (await db('counting_sites').where({ commune_insee: commune }).select('site_id', 'place_id')) as {
    site_id: string;
    place_id: string | null;
  }[];
  return new Set(rows.flatMap((r) => (r.place_id ? [r.site_id, r.place_id] : [r.site_id])));
}

/** The rows of an Etalab channel file, checked; `known` the site ids it may name (in the base or the same set). */
export function parseChannels(table: Table, known: Set<string>) {
  const { rows, issues } = mapColumns(table, channelColumns);
  const parsed: { line: number; record: Record_ }[] = [];
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const channelId = r.text('channel_id', { required: true, max: 100 });
    const siteId = r.text('site_id', { required: true, max: 100 });
    if (siteId && !known.has(siteId))
      r.fail('site_id', 'site inconnu : importez d’abord le fichier des sites (kind counting-sites)');
    const mobility = r.text('mobility_type', { max: 200 });
    const types =
      mobility
        ?.split(',')
        .map((t) => t.trim().toUpperCase())
        .filter(Boolean) ?? [];
    const unknown = types.filter((t) => !(t in mobilityKinds));
    if (unknown.length)
      r.fail(
        'mobility_type',
        `type de mobilité inconnu (${unknown.join(', ')}) ; admis : ${Object.keys(mobilityKinds).join(', ')}`,
      );
    const temporality = r.oneOf('temporality', {
      permanent: 'permanent',
      temporary: 'temporary',
      temporaire: 'temporary',
    } as const);
    const step = r.integer('time_step', { min: 1, max: 86_400 });
    if (r.ok) {
      parsed.push({
        line: r.line,
        record: {
          type: 'channel',
          channel_id: channelId!,
          site_id: siteId!,
          mobility_type: types.length ? types.join(',') : null,
          direction: r.text('direction', { max: 50 }) ?? null,
          temporality: temporality ?? null,
          started_at: r.date('started_at') ?? null,
          ended_at: r.date('ended_at') ?? null,
          time_step_s: step ?? null,
        },
      });
    }
  }
  return {
    records: checkDuplicates(parsed, (c) => (c as ChannelRecord).channel_id, issues as ImportIssue[], 'channel_id'),
    issues,
  };
}

export async function writeSites(
  trx: Knex.Transaction,
  sites: SiteRecord[],
  commune: string,
  importId: number,
  fallback?: SiteKind,
) {
  const existing = new Map(
    (
      (await trx('counting_sites').where({ commune_insee: commune }).select('site_id', 'kind')) as {
        site_id: string;
        kind: SiteKind;
      }[]
    ).map((s) => [s.site_id, s.kind]),
  );
  const shapes = (await trx('quartiers').where({ commune_insee: commune }).select('id', 'geometry')) as {
    id: number;
    geometry: PolygonGeometry;
  }[];
  const rows = sites.map((s) => ({
    commune_insee: commune,
    site_id: s.site_id,
    name: s.name,
    kind: s.kind ?? existing.get(s.site_id) ?? fallback ?? 'pedestrian',
    place_id: s.place_id ?? null,
    street: s.street,
    zone: s.zone,
    quartier_id: s.lat !== null && s.lon !== null ? quartierAt(shapes, s.lon, s.lat) : null,
    building_id: s.building_id,
    lat: s.lat,
    lon: s.lon,
    installed_on: s.installed_on,
    import_id: importId,
  }));
  return upsertRows(trx, 'counting_sites', rows, ['commune_insee', 'site_id']);
}

/**
 * Lands channels read alone (the Etalab channel file after the site file): the places they name are read from the
 * base, split by kind of mobility where their channels count several (assignCountingSites), then the channels land
 * on their counting sites. A place split here is removed when nothing counts on it any more.
 */
async function writeChannels(trx: Knex.Transaction, channels: ChannelRecord[], commune: string, importId: number) {
  const places = await placesFromBase(
    trx,
    commune,
    channels.map((c) => c.site_id),
  );
  const assigned = assignCountingSites(places, channels, undefined);
  const result = await writeSites(trx, assigned.sites, commune, importId);
  const rows = assigned.channels.map(({ type: _type, derived: _derived, ...c }) => ({
    commune_insee: commune,
    ...c,
    import_id: importId,
  }));
  const channelResult = await upsertRows(trx, 'counting_channels', rows, ['commune_insee', 'channel_id']);
  await removeEmptiedPlaces(trx, commune, assigned.sites);
  return { written: channelResult.written + result.written, unchanged: channelResult.unchanged };
}

/**
 * A place split by kind of mobility leaves its own row behind (from an earlier site file): it is removed once no
 * channel and no count is on it any more, so that no empty site shows on the map.
 */
export async function removeEmptiedPlaces(trx: Knex.Transaction, commune: string, sites: SiteRecord[]): Promise<void> {
  const split = [...new Set(sites.filter((s) => s.place_id).map((s) => s.place_id!))];
  if (split.length === 0) return;
  await trx('counting_sites')
    .where({ commune_insee: commune })
    .whereIn('site_id', split)
    .whereNotExists((q) =>
      q
        .from('counting_channels as c')
        .whereRaw('c.commune_insee = counting_sites.commune_insee and c.site_id = counting_sites.site_id'),
    )
    .whereNotExists((q) =>
      q
        .from('counts_hourly as h')
        .whereRaw('h.commune_insee = counting_sites.commune_insee and h.site_id = counting_sites.site_id'),
    )
    .delete();
}

/** The places (source site ids) of the base as site records, their split counting sites folded back. */
export async function placesFromBase(db: Knex, commune: string, placeIds: string[]): Promise<Map<string, SiteRecord>> {
  const ids = [...new Set(placeIds)];
  const rows = (await db('counting_sites')
    .where({ commune_insee: commune })
    .where((q) => q.whereIn('site_id', ids).orWhereIn('place_id', ids))
    .orderBy('site_id')
    .select(
      'site_id',
      'place_id',
      'name',
      'kind',
      'street',
      'zone',
      'lat',
      'lon',
      'installed_on',
      'building_id',
    )) as Omit<SiteRecord, 'type'>[];
  const places = new Map<string, SiteRecord>();
  for (const row of rows) {
    const id = row.place_id ?? row.site_id;
    if (places.has(id) && !row.place_id) continue;
    const name = row.place_id ? row.name.replace(/ \([^()]*\)$/, '') : row.name;
    places.set(id, { ...row, type: 'site', site_id: id, place_id: null, name, kind: row.place_id ? null : row.kind });
  }
  return places;
}

const kindLabels: Record<SiteKind, string> = {
  pedestrian: 'piétons',
  bike: 'vélos',
  car: 'véhicules',
  facility: 'entrées',
};

/** The kind of mobility a channel counts (its first type Pilotage follows), or null (horse riders, canoes...). */
export function channelKind(channel: Pick<ChannelRecord, 'mobility_type'>): SiteKind | null {
  for (const type of (channel.mobility_type ?? '').split(',')) {
    const kind = mobilityKinds[type.trim().toUpperCase()];
    if (kind) return kind;
  }
  return null;
}

/**
 * One counting site per place and kind of mobility, so that counts of different kinds are never added together:
 * - a place whose channels count one kind keeps its id and takes that kind;
 * - a place whose channels count several becomes `<id>-<kind>` per kind (name "<name> (vélos)", place_id = id),
 *   and each channel lands on its kind's site; a channel of a type Pilotage does not follow (horse riders...) goes
 *   to the place's first kind and is reported (its measures are then left out, see counts.ts);
 * - a place with no channel keeps its id and its kind (the file's, else `fallback`, else pedestrian).
 */
export function assignCountingSites(
  places: Map<string, SiteRecord>,
  channels: ChannelRecord[],
  fallback: SiteKind | undefined,
): { sites: SiteRecord[]; channels: ChannelRecord[]; ignoredChannels: Set<string> } {
  const kindsOf = new Map<string, SiteKind[]>();
  for (const channel of channels) {
    const kind = channelKind(channel);
    const list = kindsOf.get(channel.site_id) ?? [];
    if (kind && !list.includes(kind)) list.push(kind);
    kindsOf.set(channel.site_id, list);
  }
  const sites: SiteRecord[] = [];
  const target = new Map<string, string>();
  for (const [id, place] of places) {
    const found = (kindsOf.get(id) ?? []).sort();
    if (found.length <= 1) {
      sites.push({ ...place, kind: found[0] ?? place.kind ?? fallback ?? null, place_id: null });
      continue;
    }
    for (const kind of found) {
      const siteId = `${id}-${kind}`;
      sites.push({ ...place, site_id: siteId, place_id: id, kind, name: `${place.name} (${kindLabels[kind]})` });
      target.set(`${id}\u0000${kind}`, siteId);
    }
  }
  const ignoredChannels = new Set<string>();
  const moved = channels.map((channel) => {
    const kinds = kindsOf.get(channel.site_id) ?? [];
    if (kinds.length <= 1) return channel;
    const kind = channelKind(channel);
    if (!kind) ignoredChannels.add(channel.channel_id);
    return { ...channel, site_id: target.get(`${channel.site_id}\u0000${kind ?? kinds[0]}`)! };
  });
  return { sites, channels: moved, ignoredChannels };
}
