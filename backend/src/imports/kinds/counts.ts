import type { Knex } from 'knex';
import type { ImportIssue, ImportKind } from '../import-kind';
import { normaliseHeader, readColumns, readTable, type TableRow } from '../read-table';
import { parseDate, RowReader, simplify } from '../values';

/** One line of the file: a count of one site (and direction or channel) over one time slot, in local time. */
interface SlotRecord {
  line: number;
  site_id: string;
  /** Direction (vendor export) or channel id (Etalab): every stream of a site must be complete for its hour to be. */
  stream: string;
  /** Start of the slot, minutes since 1970-01-01 00:00 on the Europe/Paris wall clock. */
  start: number;
  /** Slot length in minutes (1 to 60, a divisor of 60). */
  step: number;
  count: number | null;
  fault: boolean;
}

/** One row of counts_hourly. */
export interface HourRow {
  site_id: string;
  hour: string;
  count: number | null;
  status: 'ok' | 'fault';
  lines: number;
}

const vendorColumns = [
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
    aliases: [
      'datetime',
      'date_heure',
      'horodatage',
      'debut',
      'start',
      'start_datetime',
      'date_debut',
    ],
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

const measureColumns = [
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

const MINUTES_PER_DAY = 1440;

/**
 * `counts`: counts of the counting sites, aggregated to hours (Europe/Paris local time) into counts_hourly. Two
 * formats, told apart by the header: the measure file of the French open standard for counting data (Etalab
 * "comptage des mobilités": `channel_id;start_datetime;end_datetime;count`, channels imported first with kind
 * counting-sites), or the common counter vendor export (`site_id;timestamp (or date;time);direction;count;status`,
 * one row per site, direction and 15-minute or hourly slot, local time unless an offset is written).
 * An hour is 'ok' only when every direction (channel) of the site has all its slots counted and none is flagged
 * faulty; otherwise it is kept as 'fault' with whatever was counted, so a counter down never reads as zero traffic.
 * Hours absent from the file are gaps and stay absent.
 */
export const countsKind: ImportKind<SlotRecord> = {
  kind: 'counts',
  description:
    "Comptages des sites (fichier measure du schéma Etalab comptage des mobilités, ou CSV du fournisseur, au quart d'heure ou à l'heure)",
  formats: ['csv', 'xlsx'],
  columns: [...vendorColumns, ...measureColumns.filter((c) => c.name !== 'count')],

  async parse(file, ctx) {
    const table = await readTable(file, ctx.fileName);
    const etalab = table.header.map(normaliseHeader).includes('channel_id');
    const { rows, issues } = await readColumns(
      file,
      ctx.fileName,
      etalab ? measureColumns : vendorColumns,
    );
    const slots = etalab
      ? await readMeasures(rows, issues, ctx.db, ctx.commune)
      : await readVendorRows(rows, issues, ctx.db, ctx.commune);
    checkSlots(slots, issues);
    // a line refused here is counted once (in the issues), not also as a record
    const refused = new Set(issues.map((issue) => issue.line));
    return { records: slots.filter((slot) => !refused.has(slot.line)), issues };
  },

  async write(trx, records, ctx) {
    const hours = aggregateHours(records);
    let writtenLines = 0;
    for (let i = 0; i < hours.length; i += CHUNK) {
      const chunk = hours.slice(i, i + CHUNK);
      const written = await upsertHours(trx, ctx.commune, ctx.importId, chunk);
      const byKey = new Map(chunk.map((h) => [`${h.site_id} ${h.hour}`, h.lines]));
      for (const key of written) writtenLines += byKey.get(key) ?? 0;
    }
    return { written: writtenLines, unchanged: records.length - writtenLines };
  },

  async afterCommit(db) {
    await refreshCountsRollups(db);
  },
};

const CHUNK = 20_000;

/**
 * The materialized daily spine (every site-day, silent days included) and the weekly and monthly rollups, both read
 * from counts_daily (kept by triggers), not from the hourly table. Plain refreshes, about 9 s together at 500 sites
 * over seven years: CONCURRENTLY would double that to spare readers a wait of the same length. One transaction, so
 * readers see both rollups of the same data, with room to sort the weekly and monthly groups in memory (at the
 * default 4 MB they spill to disk and take twice as long).
 */
export async function refreshCountsRollups(db: Knex): Promise<void> {
  await db.transaction(async (trx) => {
    await trx.raw("set local work_mem = '128MB'");
    await trx.raw('refresh materialized view analytics.stg_counts_daily');
    await trx.raw('refresh materialized view analytics.stg_counts_periods');
  });
}

async function readVendorRows(
  rows: TableRow[],
  issues: ImportIssue[],
  db: Knex,
  commune: string,
): Promise<SlotRecord[]> {
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
  const known = new Set(
    (await db('counting_sites').where({ commune_insee: commune }).pluck('site_id')) as string[],
  );
  const unknown = new Map<string, number[]>();
  const slots: SlotRecord[] = [];
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const siteId = r.text('site_id', { required: true, max: 100 });
    if (siteId && !known.has(siteId)) {
      unknown.set(siteId, [...(unknown.get(siteId) ?? []), r.line]);
      continue;
    }
    let start: number | undefined;
    if (hasTimestamp && r.raw('timestamp') !== '') {
      start = parseLocalTimestamp(r.raw('timestamp'));
      if (start === undefined)
        r.fail(
          'timestamp',
          'horodatage illisible (attendu AAAA-MM-JJ HH:MM, JJ/MM/AAAA HH:MM ou ISO 8601)',
        );
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
    const fault = statusRaw === '' ? false : faultWords[simplify(statusRaw)];
    if (fault === undefined)
      r.fail('status', 'état inconnu (ok/valide ou panne/défaut/erreur attendu)');
    if (r.ok) {
      slots.push({
        line: r.line,
        site_id: siteId!,
        stream: r.raw('direction'),
        start: start!,
        step: 0,
        count: count ?? null,
        fault: fault!,
      });
    }
  }
  reportUnknown(
    unknown,
    issues,
    'site_id',
    'site inconnu : importez-le d’abord (kind counting-sites)',
  );
  inferSteps(slots);
  return slots;
}

async function readMeasures(
  rows: TableRow[],
  issues: ImportIssue[],
  db: Knex,
  commune: string,
): Promise<SlotRecord[]> {
  const channels = new Map(
    (
      (await db('counting_channels')
        .where({ commune_insee: commune })
        .select('channel_id', 'site_id', 'time_step_s')) as {
        channel_id: string;
        site_id: string;
        time_step_s: number | null;
      }[]
    ).map((c) => [c.channel_id, c]),
  );
  const unknown = new Map<string, number[]>();
  const slots: SlotRecord[] = [];
  let needsInference = false;
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const channelId = r.text('channel_id', { required: true, max: 100 });
    const channel = channelId ? channels.get(channelId) : undefined;
    if (channelId && !channel) {
      unknown.set(channelId, [...(unknown.get(channelId) ?? []), r.line]);
      continue;
    }
    const start = parseLocalTimestamp(r.raw('start_datetime'));
    if (start === undefined)
      r.fail(
        'start_datetime',
        r.raw('start_datetime') === ''
          ? 'horodatage obligatoire manquant'
          : 'horodatage ISO 8601 illisible',
      );
    let step = channel?.time_step_s ? channel.time_step_s / 60 : 0;
    if (r.raw('end_datetime') !== '') {
      const end = parseLocalTimestamp(r.raw('end_datetime'));
      if (end === undefined) r.fail('end_datetime', 'horodatage ISO 8601 illisible');
      else if (start !== undefined)
        step = utcDelta(r.raw('start_datetime'), r.raw('end_datetime')) ?? end - start;
    }
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
      });
  }
  reportUnknown(
    unknown,
    issues,
    'channel_id',
    'channel inconnu : importez d’abord le fichier des channels (kind counting-sites)',
  );
  if (needsInference) inferSteps(slots);
  return slots;
}

/** Vendor exports do not state their step: the smallest gap between two slots of the same stream is taken. */
function inferSteps(slots: SlotRecord[]): void {
  const byStream = new Map<string, SlotRecord[]>();
  for (const s of slots) {
    if (s.step > 0) continue;
    const key = `${s.site_id}\u0000${s.stream}`;
    const list = byStream.get(key);
    if (list) list.push(s);
    else byStream.set(key, [s]);
  }
  for (const list of byStream.values()) {
    const starts = [...new Set(list.map((s) => s.start))].sort((a, b) => a - b);
    let step = Infinity;
    for (let i = 1; i < starts.length; i++) step = Math.min(step, starts[i] - starts[i - 1]);
    if (step === Infinity) {
      const minute = ((starts[0] % 60) + 60) % 60;
      step = [60, 30, 20, 15, 10, 5, 1].find((d) => minute % d === 0)!;
    }
    for (const s of list) s.step = step;
  }
}

/** Steps must divide an hour, slots must sit on their step, and a slot appears once (the October hour may twice). */
function checkSlots(slots: SlotRecord[], issues: ImportIssue[]): void {
  const seen = new Map<string, number>();
  const reportedStep = new Set<string>();
  const now = Date.now() / 60_000 + 120;
  for (const s of slots) {
    if (s.step > 60 || 60 % s.step !== 0) {
      const key = `${s.site_id} ${s.stream}`;
      if (!reportedStep.has(key)) {
        reportedStep.add(key);
        issues.push({
          line: s.line,
          column: null,
          value: `${s.step} min`,
          reason:
            'pas de temps non pris en charge : seules les mesures horaires ou infra-horaires (1, 5, 10, 15, 20, 30 ou 60 minutes) sont acceptées',
        });
      }
      continue;
    }
    if (((s.start % s.step) + s.step) % s.step !== 0) {
      issues.push({
        line: s.line,
        column: null,
        value: formatMinutes(s.start),
        reason: `horodatage hors du pas de ${s.step} minutes`,
      });
      continue;
    }
    if (s.start > now) {
      issues.push({
        line: s.line,
        column: null,
        value: formatMinutes(s.start),
        reason: 'horodatage dans le futur',
      });
      continue;
    }
    const key = `${s.site_id}\u0000${s.stream}\u0000${s.start}`;
    const first = seen.get(key);
    if (first !== undefined && !isRepeatedHour(s.start)) {
      issues.push({
        line: s.line,
        column: null,
        value: `${s.site_id} ${s.stream} ${formatMinutes(s.start)}`.replace(/ +/g, ' '),
        reason: `doublon de la ligne ${first}`,
      });
    } else if (first === undefined) {
      seen.set(key, s.line);
    }
  }
}

/**
 * Hours from slots: per site and local hour, the sum of the counted slots; 'ok' when every stream of the site (in
 * the file) has all its slots of the hour counted and none is faulty, 'fault' otherwise (count null when nothing
 * was counted).
 */
export function aggregateHours(slots: SlotRecord[]): HourRow[] {
  const streamsOfSite = new Map<string, Set<string>>();
  for (const s of slots) {
    const set = streamsOfSite.get(s.site_id);
    if (set) set.add(s.stream);
    else streamsOfSite.set(s.site_id, new Set([s.stream]));
  }
  interface Acc {
    site_id: string;
    hour: number;
    sum: number;
    counted: number;
    fault: boolean;
    lines: number;
    perStream: Map<string, number>;
    steps: Map<string, number>;
  }
  const hours = new Map<string, Acc>();
  for (const s of slots) {
    const hour = Math.floor(s.start / 60) * 60;
    const key = `${s.site_id}\u0000${hour}`;
    let acc = hours.get(key);
    if (!acc) {
      acc = {
        site_id: s.site_id,
        hour,
        sum: 0,
        counted: 0,
        fault: false,
        lines: 0,
        perStream: new Map(),
        steps: new Map(),
      };
      hours.set(key, acc);
    }
    acc.lines += 1;
    acc.steps.set(s.stream, s.step);
    if (s.count !== null && !s.fault) {
      acc.sum += s.count;
      acc.counted += 1;
      acc.perStream.set(s.stream, (acc.perStream.get(s.stream) ?? 0) + 1);
    }
    if (s.fault || s.count === null) acc.fault = true;
  }
  const rows: HourRow[] = [];
  for (const acc of hours.values()) {
    const complete =
      !acc.fault &&
      [...streamsOfSite.get(acc.site_id)!].every((stream) => {
        const step = acc.steps.get(stream);
        return step !== undefined && (acc.perStream.get(stream) ?? 0) >= 60 / step;
      });
    rows.push({
      site_id: acc.site_id,
      hour: formatMinutes(acc.hour),
      count: acc.counted > 0 ? Math.round(acc.sum) : null,
      status: complete ? 'ok' : 'fault',
      lines: acc.lines,
    });
  }
  return rows;
}

/** Upserts hours (unchanged ones are left alone) and keeps the previous version of each changed row for rollback. */
async function upsertHours(
  trx: Knex.Transaction,
  commune: string,
  importId: number,
  hours: HourRow[],
): Promise<string[]> {
  const result = await trx.raw<{ rows: { site_id: string; hour: string }[] }>(
    `with incoming as (
       select * from jsonb_to_recordset(?::jsonb) as t(site_id text, hour timestamp, count integer, status text)
     ),
     changed as (
       select h.*
       from counts_hourly h
       join incoming i on h.commune_insee = ? and h.site_id = i.site_id and h.hour = i.hour
       where (h.count, h.status) is distinct from (i.count, i.status)
     ),
     saved as (
       insert into import_row_versions (import_id, table_name, row_key, previous)
       select ?::bigint, 'counts_hourly', jsonb_build_object('commune_insee', commune_insee, 'site_id', site_id, 'hour', hour),
              to_jsonb(changed)
       from changed
       on conflict do nothing
     ),
     written as (
       insert into counts_hourly as h (commune_insee, site_id, hour, count, status, import_id)
       select ?, site_id, hour, count, status, ?::bigint from incoming
       on conflict (commune_insee, site_id, hour) do update
         set count = excluded.count, status = excluded.status, import_id = excluded.import_id
         where (h.count, h.status) is distinct from (excluded.count, excluded.status)
       returning site_id, to_char(hour, 'YYYY-MM-DD HH24:MI:SS') as hour
     )
     select * from written`,
    [
      JSON.stringify(hours.map(({ lines: _lines, ...h }) => h)),
      commune,
      importId,
      commune,
      importId,
    ],
  );
  return result.rows.map((r) => `${r.site_id} ${r.hour}`);
}

function reportUnknown(
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

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2})[:h](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const FRENCH_TIMESTAMP = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2})[:h](\d{2})(?::(\d{2}))?$/;

/**
 * Reads a slot start into minutes on the Europe/Paris wall clock: naive timestamps are local already; one with `Z`
 * or an offset is an instant, moved to Paris time (UTC+1, UTC+2 from the last Sunday of March to the last Sunday
 * of October, changes at 01:00 UTC).
 */
export function parseLocalTimestamp(raw: string): number | undefined {
  const text = raw.trim();
  let match = TIMESTAMP.exec(text);
  let y: number, mo: number, d: number, h: number, mi: number, zone: string | undefined;
  if (match) {
    [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(match![i]));
    zone = match[7];
  } else if ((match = FRENCH_TIMESTAMP.exec(text))) {
    [d, mo, y, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(match![i]));
  } else {
    return undefined;
  }
  if (h > 23 || mi > 59) return undefined;
  const date = parseDate(`${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  if (!date) return undefined;
  const wall = Date.UTC(y, mo - 1, d, h, mi) / 60_000;
  if (!zone) return wall;
  const offset =
    zone.toUpperCase() === 'Z'
      ? 0
      : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const utc = wall - offset;
  return utc + parisOffsetMinutes(utc);
}

/** Minutes between two ISO timestamps as instants (the length of a slot across a clock change). */
function utcDelta(start: string, end: string): number | undefined {
  const a = Date.parse(start);
  const b = Date.parse(end);
  return Number.isFinite(a) && Number.isFinite(b) && /[zZ]|[+-]\d{2}:?\d{2}$/.test(start)
    ? (b - a) / 60_000
    : undefined;
}

/** Europe/Paris offset from UTC, in minutes, at a UTC instant given in minutes since the epoch. */
export function parisOffsetMinutes(utcMinutes: number): number {
  const year = new Date(utcMinutes * 60_000).getUTCFullYear();
  const springForward = lastSundayUtc(year, 3) + 60;
  const fallBack = lastSundayUtc(year, 10) + 60;
  return utcMinutes >= springForward && utcMinutes < fallBack ? 120 : 60;
}

/** 00:00 UTC of the last Sunday of a month, in minutes since the epoch (month 1-12). */
function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay()) / 60_000;
}

/** 02:00-02:59 on the last Sunday of October happens twice on a Paris wall clock. */
function isRepeatedHour(wallMinutes: number): boolean {
  const date = new Date(wallMinutes * 60_000);
  const dayStart = Math.floor(wallMinutes / MINUTES_PER_DAY) * MINUTES_PER_DAY;
  return date.getUTCHours() === 2 && dayStart === lastSundayUtc(date.getUTCFullYear(), 10);
}

function parseTimeOfDay(raw: string): number | undefined {
  const match = /^(\d{1,2})(?:[:h](\d{2})?)?(?::(\d{2}))?$/i.exec(raw.trim());
  if (!match) return undefined;
  const h = Number(match[1]);
  const m = Number(match[2] ?? 0);
  return h <= 23 && m <= 59 ? h * 60 + m : undefined;
}

function formatMinutes(minutes: number): string {
  return new Date(minutes * 60_000).toISOString().slice(0, 19).replace('T', ' ');
}
