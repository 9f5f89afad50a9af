import type { Knex } from 'knex';
import { quartierAt } from '../../geo/assign-quartiers';
import type { PolygonGeometry } from '../../geo/reproject';
import type { ImportIssue, ImportKind } from '../import-kind';
import { normaliseHeader, readColumns, readTable } from '../read-table';
import { upsertRows } from '../upsert';
import { checkDuplicates, RowReader } from '../values';

type SiteKind = 'pedestrian' | 'bike' | 'car' | 'facility';

interface SiteRecord {
  type: 'site';
  site_id: string;
  name: string;
  kind: SiteKind | null;
  street: string | null;
  zone: string | null;
  lat: number | null;
  lon: number | null;
  installed_on: string | null;
  building_id: string | null;
}

interface ChannelRecord {
  type: 'channel';
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

const siteColumns = [
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

const channelColumns = [
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

const kinds: Record<string, SiteKind> = {
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
const mobilityKinds: Record<string, SiteKind | null> = {
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
      ? parseChannels(file, ctx.fileName, ctx.db, ctx.commune)
      : parseSites(file, ctx.fileName, ctx.commune);
  },

  async write(trx, records, ctx) {
    const sites = records.filter((r): r is SiteRecord => r.type === 'site');
    const channels = records.filter((r): r is ChannelRecord => r.type === 'channel');
    return sites.length > 0
      ? writeSites(trx, sites, ctx.commune, ctx.importId)
      : writeChannels(trx, channels, ctx.commune, ctx.importId);
  },
};

async function parseSites(file: Buffer, fileName: string, commune: string) {
  const { rows, issues } = await readColumns(file, fileName, siteColumns);
  const parsed: { line: number; record: Record_ }[] = [];
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const siteId = r.text('site_id', { required: true, max: 100 });
    const name = r.text('name', { required: true, max: 200 });
    const kind = r.oneOf('kind', kinds);
    const lat = r.number('lat', { min: -90, max: 90 });
    const lon = r.number('lon', { min: -180, max: 180 });
    if ((r.raw('lat') === '') !== (r.raw('lon') === '')) {
      r.fail(
        r.raw('lat') === '' ? 'lat' : 'lon',
        'latitude et longitude vont ensemble : les deux ou aucune',
      );
    } else if (lat !== undefined && lon !== undefined && !inFrance(lat, lon)) {
      r.fail(
        'lat',
        'coordonnées hors de France (WGS84 en degrés décimaux attendu ; latitude et longitude inversées ?)',
        `${lat} ${lon}`,
      );
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
    records: checkDuplicates(
      parsed,
      (s) => (s as SiteRecord).site_id,
      issues as ImportIssue[],
      'site_id',
    ),
    issues,
  };
}

async function parseChannels(file: Buffer, fileName: string, db: Knex, commune: string) {
  const { rows, issues } = await readColumns(file, fileName, channelColumns);
  const known = new Set(
    (await db('counting_sites').where({ commune_insee: commune }).pluck('site_id')) as string[],
  );
  const parsed: { line: number; record: Record_ }[] = [];
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const channelId = r.text('channel_id', { required: true, max: 100 });
    const siteId = r.text('site_id', { required: true, max: 100 });
    if (siteId && !known.has(siteId))
      r.fail(
        'site_id',
        'site inconnu : importez d’abord le fichier des sites (kind counting-sites)',
      );
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
    records: checkDuplicates(
      parsed,
      (c) => (c as ChannelRecord).channel_id,
      issues as ImportIssue[],
      'channel_id',
    ),
    issues,
  };
}

async function writeSites(
  trx: Knex.Transaction,
  sites: SiteRecord[],
  commune: string,
  importId: number,
) {
  const existing = new Map(
    (
      (await trx('counting_sites').where({ commune_insee: commune }).select('site_id', 'kind')) as {
        site_id: string;
        kind: SiteKind;
      }[]
    ).map((s) => [s.site_id, s.kind]),
  );
  const shapes = (await trx('quartiers')
    .where({ commune_insee: commune })
    .select('id', 'geometry')) as { id: number; geometry: PolygonGeometry }[];
  const rows = sites.map((s) => ({
    commune_insee: commune,
    site_id: s.site_id,
    name: s.name,
    kind: s.kind ?? existing.get(s.site_id) ?? 'pedestrian',
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

async function writeChannels(
  trx: Knex.Transaction,
  channels: ChannelRecord[],
  commune: string,
  importId: number,
) {
  const rows = channels.map(({ type: _type, ...c }) => ({
    commune_insee: commune,
    ...c,
    import_id: importId,
  }));
  const result = await upsertRows(trx, 'counting_channels', rows, ['commune_insee', 'channel_id']);
  // a site whose channels all count the same kind of mobility takes that kind
  const siteIds = [...new Set(channels.map((c) => c.site_id))];
  const all = (await trx('counting_channels')
    .where({ commune_insee: commune })
    .whereIn('site_id', siteIds)
    .select('site_id', 'mobility_type')) as { site_id: string; mobility_type: string | null }[];
  for (const siteId of siteIds) {
    const found = new Set(
      all
        .filter((c) => c.site_id === siteId)
        .flatMap((c) => (c.mobility_type ?? '').split(','))
        .filter(Boolean)
        .map((t) => mobilityKinds[t.trim().toUpperCase()])
        .filter((k): k is SiteKind => !!k),
    );
    if (found.size !== 1) continue;
    const [kind] = found;
    const site = await trx('counting_sites')
      .where({ commune_insee: commune, site_id: siteId })
      .first();
    if (site.kind === kind) continue;
    await trx('import_row_versions')
      .insert({
        import_id: importId,
        table_name: 'counting_sites',
        row_key: JSON.stringify({ commune_insee: commune, site_id: siteId }),
        previous: JSON.stringify(site),
      })
      .onConflict(['import_id', 'table_name', 'row_key'])
      .ignore();
    await trx('counting_sites').where({ commune_insee: commune, site_id: siteId }).update({ kind });
    result.written += 1;
  }
  return result;
}
