import type { ImportIssue, SiteKind } from '../import-kind';
import type { TableRow } from '../read-table';
import { RowReader, simplify } from '../values';
import { inferSteps, type SlotRecord } from './counts-slots';
import { parseLocalTimestamp, parseTimeOfDay, utcDelta } from './counts-time';

export const vendorColumns = [
  {
    name: 'site_id',
    required: true,
    description: 'Identifiant du site de comptage',
    aliases: ['site', 'id_site', 'compteur', 'id_compteur', 'counter', 'counter_id'],
  },
  {
    name: 'timestamp',
    required: false,
    description: 'Début du créneau : AAAA-MM-JJ HH:MM (heure locale) ou ISO 8601 avec fuseau',
    aliases: ['datetime', 'date_heure', 'horodatage', 'debut', 'start', 'start_datetime', 'date_debut'],
  },
  {
    name: 'date',
    required: false,
    description: 'Date du créneau (avec une colonne heure), AAAA-MM-JJ ou JJ/MM/AAAA',
    aliases: ['jour'],
  },
  {
    name: 'time',
    required: false,
    description: 'Heure de début du créneau, HH:MM (avec une colonne date)',
    aliases: ['heure', 'hour', 'creneau'],
  },
  {
    name: 'direction',
    required: false,
    description: 'Sens de comptage (IN/OUT, entrée/sortie, N/S...)',
    aliases: ['sens', 'channel', 'voie'],
  },
  {
    name: 'count',
    required: true,
    description: 'Passages comptés sur le créneau (vide : pas de mesure)',
    aliases: ['comptage', 'nb', 'nombre', 'passages', 'valeur', 'value', 'total', 'nb_passages'],
  },
  {
    name: 'status',
    required: false,
    description: 'État de la mesure : ok/valide ou panne/défaut/erreur',
    aliases: ['statut', 'etat', 'flag', 'qualite', 'quality'],
  },
] as const;

export const measureColumns = [
  {
    name: 'channel_id',
    required: true,
    description: 'Channel de la mesure (Etalab ; importé avec kind counting-sites)',
  },
  { name: 'counter_id', required: false, description: 'Compteur physique (informatif)' },
  {
    name: 'start_datetime',
    required: true,
    description: 'Début du créneau, ISO 8601 (2024-03-04T09:15:00Z ou +01:00)',
  },
  {
    name: 'end_datetime',
    required: false,
    description: 'Fin du créneau, exclue ; vide : time_step du channel',
  },
  {
    name: 'count',
    required: false,
    description: 'Passages ; vide : aucun comptage sur le créneau',
  },
] as const;

const faultWords: Record<string, boolean> = {
  ok: false,
  valid: false,
  valide: false,
  v: false,
  bon: false,
  normal: false,
  fault: true,
  panne: true,
  defaut: true,
  defaillance: true,
  erreur: true,
  error: true,
  invalid: true,
  invalide: true,
  suspect: true,
  i: true,
  ko: true,
  hs: true,
};

/** The common vendor export: site, timestamp (or date and time), direction, count, status; sites known already. */
export function readVendorRows(rows: TableRow[], issues: ImportIssue[], sites: Map<string, SiteKind>): SlotRecord[] {
  const hasTimestamp = rows.length > 0 && 'timestamp' in rows[0].cells;
  const hasDateTime = rows.length > 0 && 'date' in rows[0].cells && 'time' in rows[0].cells;
  if (rows.length > 0 && !hasTimestamp && !hasDateTime) {
    issues.push({
      line: 1,
      column: 'timestamp',
      value: null,
      reason: 'colonne d’horodatage absente : timestamp (date et heure), ou date et time',
    });
    return [];
  }
  const unknown = new Map<string, number[]>();
  const slots: SlotRecord[] = [];
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const siteId = r.text('site_id', { required: true, max: 100 });
    if (siteId && !sites.has(siteId)) {
      remember(unknown, siteId, r.line);
      continue;
    }
    let start: number | undefined;
    if (hasTimestamp && r.raw('timestamp') !== '') {
      start = parseLocalTimestamp(r.raw('timestamp'));
      if (start === undefined)
        r.fail('timestamp', 'horodatage illisible (attendu AAAA-MM-JJ HH:MM, JJ/MM/AAAA HH:MM ou ISO 8601)');
    } else if (hasDateTime) {
      const date = r.date('date', { required: true });
      const minutes = parseTimeOfDay(r.raw('time'));
      if (minutes === undefined) r.fail('time', 'heure illisible (attendu HH:MM)');
      if (date && minutes !== undefined) start = Date.parse(`${date}T00:00:00Z`) / 60_000 + minutes;
    } else {
      r.fail('timestamp', 'horodatage obligatoire manquant');
    }
    const count = r.number('count', { min: 0, max: 10_000_000 });
    const statusRaw = r.raw('status');
    const fault = statusRaw === '' ? false : faultOf(statusRaw);
    if (fault === undefined) r.fail('status', 'état inconnu (ok/valide ou panne/défaut/erreur attendu)');
    if (r.ok) {
      slots.push({
        line: r.line,
        site_id: siteId!,
        stream: r.raw('direction'),
        start: start!,
        step: 0,
        count: count ?? null,
        fault: fault!,
        layout: 'vendor',
        kind: sites.get(siteId!),
      });
    }
  }
  reportUnknown(unknown, issues, 'site_id', 'site inconnu : importez-le d’abord (kind counting-sites)');
  inferSteps(slots);
  return slots;
}

/** A channel as the measures need it: its counting site, that site's kind, its time step. */
export interface ChannelInfo {
  site_id: string;
  time_step_s: number | null;
  kind: SiteKind | null;
  /** A channel of a mobility type Pilotage does not follow, at a place counting several kinds: measures left out. */
  ignored?: boolean;
}

/** The Etalab measure file: channel, start (and end) of the slot, count; channels known already or in the set. */
export function readMeasures(
  rows: TableRow[],
  issues: ImportIssue[],
  channels: Map<string, ChannelInfo>,
): SlotRecord[] {
  const unknown = new Map<string, number[]>();
  const slots: SlotRecord[] = [];
  let needsInference = false;
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const channelId = r.text('channel_id', { required: true, max: 100 });
    const channel = channelId ? channels.get(channelId) : undefined;
    if (channelId && !channel) {
      remember(unknown, channelId, r.line);
      continue;
    }
    if (channel?.ignored) continue;
    const start = parseLocalTimestamp(r.raw('start_datetime'));
    if (start === undefined)
      r.fail(
        'start_datetime',
        r.raw('start_datetime') === '' ? 'horodatage obligatoire manquant' : 'horodatage ISO 8601 illisible',
      );
    let step = channel?.time_step_s ? channel.time_step_s / 60 : 0;
    if (r.raw('end_datetime') !== '') {
      const end = parseLocalTimestamp(r.raw('end_datetime'));
      if (end === undefined) r.fail('end_datetime', 'horodatage ISO 8601 illisible');
      else if (start !== undefined) step = utcDelta(r.raw('start_datetime'), r.raw('end_datetime')) ?? end - start;
    }
    // a day's count, 23 or 25 hours long on the days the clocks change
    if (step >= 1380 && step <= 1500) step = 1440;
    if (step === 0) needsInference = true;
    const count = r.number('count', { min: 0, max: 10_000_000 });
    if (r.ok)
      slots.push({
        line: r.line,
        site_id: channel!.site_id,
        stream: channelId!,
        start: start!,
        step,
        count: count ?? null,
        fault: false,
        layout: 'etalab-measure',
        kind: channel!.kind,
      });
  }
  reportUnknown(
    unknown,
    issues,
    'channel_id',
    'channel inconnu : importez le fichier des channels avec les mesures (ou avant)',
  );
  if (needsInference) inferSteps(slots);
  return slots;
}

export function reportUnknown(
  unknown: Map<string, number[]>,
  issues: ImportIssue[],
  column: string,
  reason: string,
): void {
  for (const [id, lines] of unknown) {
    const where =
      lines.length === 1
        ? ''
        : ` (${lines.length} lignes, de la ligne ${lines[0]} à la ligne ${lines[lines.length - 1]})`;
    issues.push({ line: lines[0], column, value: id, reason: `${reason}${where}` });
  }
}

const faultCache = new Map<string, boolean | undefined>();
/** Status words, read once per spelling (a large file repeats the same few thousands of times). */
function faultOf(raw: string): boolean | undefined {
  if (!faultCache.has(raw)) faultCache.set(raw, faultWords[simplify(raw)]);
  return faultCache.get(raw);
}

function remember(map: Map<string, number[]>, key: string, line: number): void {
  const lines = map.get(key);
  if (lines) lines.push(line);
  else map.set(key, [line]);
}
