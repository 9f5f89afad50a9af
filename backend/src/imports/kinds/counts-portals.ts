import { type CommuneOutline, farFromCommune } from '../../geo/commune-contour';
import type { ImportIssue, SiteKind } from '../import-kind';
import { mapColumns, type Table } from '../read-table';
import { parseDate, RowReader } from '../values';
import type { ChannelRecord, SiteRecord } from './counting-sites';
import type { SlotRecord } from './counts-slots';
import { parseLocalTimestamp } from './counts-time';

/** What a portal export brings: its sites (created from the file), channels and hourly slots. */
export interface PortalRead {
  sites: SiteRecord[];
  channels: ChannelRecord[];
  slots: SlotRecord[];
}

const mobilityTypes: Record<SiteKind, string> = {
  pedestrian: 'PEDESTRIAN',
  bike: 'BIKE',
  car: 'CAR',
  facility: 'UNDEFINED',
};
const inFrance = (lat: number, lon: number) => lat >= 41 && lat <= 52 && lon >= -6 && lon <= 10;

export const ecoCounterColumns = [
  {
    name: 'channel_id',
    required: true,
    description: 'Identifiant du compteur (un sens de passage)',
    aliases: ['identifiant_du_compteur', 'id_compteur'],
  },
  {
    name: 'channel_name',
    required: false,
    description: 'Nom du compteur',
    aliases: ['nom_du_compteur', 'nom_compteur'],
  },
  {
    name: 'site_id',
    required: true,
    description: 'Identifiant du site de comptage',
    aliases: ['identifiant_du_site_de_comptage', 'id_site_comptage'],
  },
  {
    name: 'site_name',
    required: true,
    description: 'Nom du site de comptage',
    aliases: ['nom_du_site_de_comptage', 'nom_site_comptage'],
  },
  { name: 'count', required: true, description: 'Comptage horaire', aliases: ['comptage_horaire', 'sum_counts'] },
  {
    name: 'timestamp',
    required: true,
    description: 'Date et heure de comptage (ISO 8601, avec décalage)',
    aliases: ['date_et_heure_de_comptage', 'date'],
  },
  {
    name: 'installed_on',
    required: false,
    description: "Date d'installation du site de comptage",
    aliases: ['date_d_installation_du_site_de_comptage', 'date_installation_du_site_de_comptage'],
  },
  {
    name: 'coordinates',
    required: false,
    description: 'Coordonnées géographiques « lat,lon »',
    aliases: ['coordonnees_geographiques', 'coordinates'],
  },
] as const;

/**
 * A city portal's Eco-Counter export (Opendatasoft layout, as Paris publishes "comptage-velo-donnees-compteurs"):
 * one row per counter (a direction of a site) and hour. The site is "Identifiant du site de comptage", the channel
 * "Identifiant du compteur", "lat,lon" in one column; sites and channels are created from the file. An hour absent
 * from the file (or with an empty count) stays missing: never a zero.
 */
export function readEcoCounter(
  table: Table,
  issues: ImportIssue[],
  kindOf: (siteId: string) => SiteKind | null,
  outline?: CommuneOutline,
): PortalRead {
  const { rows, issues: headerIssues } = mapColumns(table, ecoCounterColumns);
  table.rows = []; // read once: a large file is not held twice
  issues.push(...headerIssues);
  if (headerIssues.length) return { sites: [], channels: [], slots: [] };
  const sites = new Map<string, SiteRecord>();
  const channels = new Map<string, ChannelRecord>();
  const slots: SlotRecord[] = [];
  const refusedSites = new Set<string>();
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const siteId = r.text('site_id', { required: true, max: 100 });
    const channelId = r.text('channel_id', { required: true, max: 100 });
    const start = parseLocalTimestamp(r.raw('timestamp'));
    if (start === undefined)
      r.fail(
        'timestamp',
        r.raw('timestamp') === '' ? 'horodatage obligatoire manquant' : 'horodatage ISO 8601 illisible',
      );
    const count = r.number('count', { min: 0, max: 10_000_000 });
    if (!r.ok || !siteId || !channelId) continue;
    if (refusedSites.has(siteId)) continue; // said once, on the site's first line
    if (!sites.has(siteId)) {
      const site = readSite(r, siteId, kindOf(siteId), outline);
      if (!site) {
        refusedSites.add(siteId);
        continue;
      }
      sites.set(siteId, site);
    }
    if (!channels.has(channelId)) {
      const kind = sites.get(siteId)!.kind;
      channels.set(channelId, {
        type: 'channel',
        derived: true,
        channel_id: channelId,
        site_id: siteId,
        mobility_type: kind ? mobilityTypes[kind] : null,
        direction: r.text('channel_name', { max: 50 }) ?? null,
        temporality: 'permanent',
        started_at: null,
        ended_at: null,
        time_step_s: 3600,
      });
    }
    if (count === undefined) continue; // an empty count: the hour is missing, not zero
    slots.push({
      line: r.line,
      site_id: siteId,
      stream: channelId,
      start: start!,
      step: 60,
      count,
      fault: false,
      layout: 'eco-counter',
      kind: sites.get(siteId)!.kind,
    });
  }
  return { sites: [...sites.values()], channels: [...channels.values()], slots };
}

/** The site a row names (once per site): "lat,lon" read, and refused more than 2 km outside the commune. */
function readSite(
  r: RowReader,
  siteId: string,
  kind: SiteKind | null,
  outline: CommuneOutline | undefined,
): SiteRecord | undefined {
  let lat: number | null = null;
  let lon: number | null = null;
  const coordinates = r.raw('coordinates');
  if (coordinates !== '') {
    const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(coordinates);
    if (!match) r.fail('coordinates', 'coordonnées illisibles (attendu « latitude,longitude » en degrés décimaux)');
    else if (!inFrance(Number(match[1]), Number(match[2])))
      r.fail('coordinates', 'coordonnées hors de France (latitude et longitude inversées ?)');
    else {
      [lat, lon] = [Number(match[1]), Number(match[2])];
      const far = outline && farFromCommune(outline, lon, lat, 'site de comptage');
      if (far) r.fail('coordinates', far);
    }
  }
  const installed = r.raw('installed_on') ? parseDate(r.raw('installed_on').slice(0, 10)) : undefined;
  if (!r.ok) return undefined;
  return {
    type: 'site',
    derived: true,
    site_id: siteId,
    place_id: null,
    name: (r.text('site_name', { max: 200 }) ?? siteId).trim(),
    kind,
    street: null,
    zone: null,
    lat,
    lon,
    installed_on: installed ?? null,
    building_id: null,
  };
}

const hourColumns = Array.from({ length: 24 }, (_, h) => ({
  name: String(h).padStart(2, '0'),
  required: true,
  description: `Passages de ${h} h à ${h + 1} h`,
  aliases: [String(h), `h${String(h).padStart(2, '0')}`, `${String(h).padStart(2, '0')}h`],
}));

export const loopColumns = [
  {
    name: 'loop_id',
    required: true,
    description: 'Numéro de boucle (le site de comptage)',
    aliases: ['numero_de_boucle', 'numero_boucle', 'boucle'],
  },
  { name: 'day', required: true, description: 'Jour (AAAA-MM-JJ ou JJ/MM/AAAA)', aliases: ['jour', 'date'] },
  ...hourColumns,
  { name: 'total', required: false, description: 'Total du jour (contrôle)', aliases: ['total'] },
  {
    name: 'anomaly',
    required: false,
    description: "Probabilité de présence d'anomalies (Forte : heures en défaut)",
    aliases: ['probabilite_de_presence_d_anomalies', 'anomalie'],
  },
  { name: 'name', required: false, description: 'Boucle de comptage (nom du site)', aliases: ['boucle_de_comptage'] },
  { name: 'label', required: false, description: 'Libellé', aliases: ['libelle'] },
] as const;

/**
 * A wide per-loop daily export (as Nantes Métropole publishes its bike loops): one row per loop and day, the 24
 * hours as columns `00`…`23`. A loop is a counting site (id "Numéro de boucle", name "Boucle de comptage"). An
 * anomaly "Forte" marks the day's hours as faulty: their values are not counts. An empty hour stays missing.
 * A loop-day written twice: the row with the most hours filled is kept (the later one on a tie), and the repeat is
 * reported as a warning, never a refusal.
 */
export function readLoops(
  table: Table,
  issues: ImportIssue[],
  warnings: ImportIssue[],
  kindOf: (siteId: string) => SiteKind | null,
): PortalRead & { faultyDays: number } {
  const { rows, issues: headerIssues } = mapColumns(table, loopColumns);
  table.rows = []; // read once: a large file is not held twice
  issues.push(...headerIssues);
  if (headerIssues.length) return { sites: [], channels: [], slots: [], faultyDays: 0 };
  const sites = new Map<string, SiteRecord>();
  const days = new Map<string, { line: number; filled: number; slots: SlotRecord[] }>();
  let faultyDays = 0;
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const loopId = r.text('loop_id', { required: true, max: 100 });
    const day = r.date('day', { required: true });
    const anomaly = r.raw('anomaly').trim().toLowerCase();
    const fault = anomaly === 'forte';
    const slots: SlotRecord[] = [];
    for (let h = 0; h < 24; h++) {
      const column = String(h).padStart(2, '0');
      const count = r.number(column, { min: 0, max: 10_000_000 });
      if (count === undefined || !day || !loopId) continue;
      const start = Date.parse(`${day}T00:00:00Z`) / 60_000 + h * 60;
      slots.push({
        line: r.line,
        site_id: loopId,
        stream: '',
        start,
        step: 60,
        count,
        fault,
        layout: 'loops',
        kind: null,
      });
    }
    if (!r.ok || !loopId || !day) continue;
    if (!sites.has(loopId)) {
      const name = r.text('name', { max: 200 }) ?? r.text('label', { max: 200 }) ?? loopId;
      sites.set(loopId, {
        type: 'site',
        derived: true,
        site_id: loopId,
        place_id: null,
        name,
        kind: kindOf(loopId),
        street: null,
        zone: null,
        lat: null,
        lon: null,
        installed_on: null,
        building_id: null,
      });
    }
    for (const s of slots) {
      s.kind = sites.get(loopId)!.kind;
      s.weight = 1 / slots.length;
    }
    const key = `${loopId}\u0000${day}`;
    const earlier = days.get(key);
    if (earlier) {
      const keep = slots.length >= earlier.filled ? 'later' : 'earlier';
      warnings.push({
        line: r.line,
        column: 'loop_id',
        value: `${loopId} ${day}`,
        reason: `boucle et jour déjà présents ligne ${earlier.line} : la ligne ${keep === 'later' ? r.line : earlier.line} est gardée (la plus complète, la dernière à égalité)`,
      });
      if (keep === 'earlier') continue;
    }
    if (fault && slots.length) faultyDays += 1;
    days.set(key, { line: r.line, filled: slots.length, slots });
  }
  const slots: SlotRecord[] = [];
  for (const d of days.values()) for (const s of d.slots) slots.push(s);
  return { sites: [...sites.values()], channels: [], slots, faultyDays };
}
