import { loadCommuneOutline } from '../../geo/commune-contour';
import type { Knex } from 'knex';
import type {
  ImportContext,
  ImportFile,
  ImportIssue,
  ImportKind,
  ImportSummary,
  ParseResult,
  SiteKind,
} from '../import-kind';
import { mapColumns, normaliseHeader, readTable, type Table } from '../read-table';
import { upsertRows } from '../upsert';
import {
  assignCountingSites,
  knownPlaces,
  parseChannels,
  parseSites,
  placesFromBase,
  removeEmptiedPlaces,
  writeSites,
  type ChannelRecord,
  type SiteRecord,
} from './counting-sites';
import { measureColumns, readMeasures, readVendorRows, vendorColumns, type ChannelInfo } from './counts-layouts';
import { readEcoCounter, readLoops } from './counts-portals';
import { aggregateHours, checkSlots, type SlotRecord } from './counts-slots';
import { MINUTES_PER_DAY } from './counts-time';
import { writeDays, writeHours } from './counts-write';

export { aggregateHours, type HourRow } from './counts-slots';
export { parisOffsetMinutes, parseLocalTimestamp } from './counts-time';

type CountsRecord = SiteRecord | ChannelRecord | SlotRecord;

/** The layouts a counts file can have, told apart by its header. */
type Layout = 'etalab-site' | 'etalab-channel' | 'etalab-measure' | 'eco-counter' | 'loops' | 'vendor';

export const layoutNames: Record<Layout, string> = {
  'etalab-site': 'sites (schéma Etalab comptage des mobilités)',
  'etalab-channel': 'channels (schéma Etalab)',
  'etalab-measure': 'mesures (schéma Etalab)',
  'eco-counter': 'export Eco-Counter d’un portail (Opendatasoft)',
  loops: 'export quotidien par boucle, 24 colonnes horaires',
  vendor: 'export de compteur (site, horodatage, sens, comptage)',
};

export function detectLayout(header: string[]): Layout {
  const names = new Set(header.map(normaliseHeader));
  if (names.has('identifiant_du_site_de_comptage') && names.has('comptage_horaire')) return 'eco-counter';
  if ((names.has('numero_de_boucle') || names.has('boucle')) && (names.has('00') || names.has('0'))) return 'loops';
  if (names.has('channel_id')) return names.has('start_datetime') ? 'etalab-measure' : 'etalab-channel';
  const countish = ['count', 'comptage', 'nb', 'nombre', 'passages', 'valeur', 'value', 'total', 'nb_passages'];
  if (
    !countish.some((c) => names.has(c)) &&
    (names.has('site_name') || names.has('xlong') || names.has('name') || names.has('nom'))
  )
    return 'etalab-site';
  return 'vendor';
}

const kindLabels: Record<SiteKind, string> = {
  pedestrian: 'piétons',
  bike: 'vélos',
  car: 'véhicules',
  facility: 'entrées d’équipements',
};

/**
 * `counts`: counts of the counting sites, aggregated to hours (Europe/Paris local time) into counts_hourly. One file
 * or a set that lands together (all or nothing), each file's layout told by its header:
 * - the French open standard (Etalab "comptage des mobilités"): site, channel and measure files, together or the
 *   measures alone once the channels are known;
 * - a city portal's Eco-Counter export (Opendatasoft: "Identifiant du compteur;…;Coordonnées géographiques");
 * - a wide per-loop daily export (as Nantes Métropole publishes: "Numéro de boucle;Jour;00;…;23;Total;…");
 * - the common vendor export (`site_id;timestamp (or date;time);direction;count;status`), sites known already.
 * A counting site counts one kind of mobility: a place counting several is split (counting-sites.ts,
 * assignCountingSites). The kind comes from the file (Etalab mobility_type), else from `--kind`.
 * An hour is 'ok' only when every direction (channel) of the site has all its slots counted and none is flagged
 * faulty; otherwise it is kept as 'fault' with whatever was counted, so a counter down never reads as zero traffic.
 * Hours absent from the file are gaps and stay absent.
 */
export const countsKind: ImportKind<CountsRecord> = {
  kind: 'counts',
  description:
    "Comptages des sites : fichiers site, channel et measure du schéma Etalab comptage des mobilités (ensemble ou séparément), export Eco-Counter d'un portail, export quotidien par boucle (colonnes 00 à 23), ou CSV du fournisseur au quart d'heure ou à l'heure",
  formats: ['csv', 'xlsx'],
  columns: [...vendorColumns, ...measureColumns.filter((c) => c.name !== 'count')],

  parse(file, ctx) {
    return parseCounts([{ name: ctx.fileName, content: file }], ctx);
  },

  parseSet(files, ctx) {
    return parseCounts(files, ctx);
  },

  async write(trx, records, ctx) {
    const sites: SiteRecord[] = [];
    const channels: ChannelRecord[] = [];
    const slots: SlotRecord[] = [];
    for (const r of records) {
      if ('type' in r && r.type === 'site') sites.push(r);
      else if ('type' in r && r.type === 'channel') channels.push(r);
      else slots.push(r as SlotRecord);
    }
    // sites and channels of the Etalab files are lines of the report; those a portal export implies are not
    const siteResult = await writeSites(
      trx,
      sites.filter((s) => !s.derived),
      ctx.commune,
      ctx.importId,
    );
    await writeSites(
      trx,
      sites.filter((s) => s.derived),
      ctx.commune,
      ctx.importId,
    );
    const channelRow = ({ type: _type, derived: _derived, ...c }: ChannelRecord) => ({
      commune_insee: ctx.commune,
      ...c,
      import_id: ctx.importId,
    });
    const channelResult = await upsertRows(
      trx,
      'counting_channels',
      channels.filter((c) => !c.derived).map(channelRow),
      ['commune_insee', 'channel_id'],
    );
    await upsertRows(trx, 'counting_channels', channels.filter((c) => c.derived).map(channelRow), [
      'commune_insee',
      'channel_id',
    ]);
    await removeEmptiedPlaces(trx, ctx.commune, sites);
    const hourly = slots.filter((s) => s.step !== MINUTES_PER_DAY);
    const daily = slots.filter((s) => s.step === MINUTES_PER_DAY);
    const writtenLines =
      (await writeHours(trx, ctx.commune, ctx.importId, aggregateHours(hourly))) +
      (await writeDays(trx, ctx.commune, ctx.importId, aggregateHours(daily, MINUTES_PER_DAY)));
    const slotLines = countLines(slots);
    return {
      written: writtenLines + siteResult.written + channelResult.written,
      unchanged: Math.max(0, slotLines - writtenLines) + siteResult.unchanged + channelResult.unchanged,
    };
  },
};

async function parseCounts(files: ImportFile[], ctx: ImportContext): Promise<ParseResult<CountsRecord>> {
  const several = files.length > 1;
  const issues: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const tables: { file: string; table: Table; layout: Layout }[] = [];
  for (const f of files) {
    const table = await readTable(f.content, f.name);
    if (table.header.length === 0) {
      issues.push({
        file: several ? f.name : undefined,
        line: 1,
        column: null,
        value: null,
        reason: 'fichier vide : aucun en-tête',
      });
      continue;
    }
    tables.push({ file: f.name, table, layout: detectLayout(table.header) });
  }
  const of = (layout: Layout) => tables.filter((t) => t.layout === layout);
  const tag = (file: string, from: number) => {
    if (several) for (let i = from; i < issues.length; i++) issues[i].file ??= file;
  };

  // places: the Etalab site files of the set, then the channels, which may split a place by kind of mobility
  const filePlaces = new Map<string, SiteRecord>();
  const outline = await loadCommuneOutline(ctx.db, ctx.commune);
  for (const t of of('etalab-site')) {
    const from = issues.length;
    const parsed = parseSites(t.table, ctx.commune, outline);
    issues.push(...parsed.issues);
    tag(t.file, from);
    for (const s of parsed.records as SiteRecord[]) filePlaces.set(s.site_id, s);
  }
  const known = await knownPlaces(ctx.db, ctx.commune);
  for (const id of filePlaces.keys()) known.add(id);
  const fileChannels: ChannelRecord[] = [];
  for (const t of of('etalab-channel')) {
    const from = issues.length;
    const parsed = parseChannels(t.table, known);
    issues.push(...parsed.issues);
    tag(t.file, from);
    fileChannels.push(...(parsed.records as ChannelRecord[]));
  }
  let sites: SiteRecord[] = [];
  let channels: ChannelRecord[] = [];
  let ignored = new Set<string>();
  if (filePlaces.size > 0 || fileChannels.length > 0) {
    const placeIds = [...new Set([...filePlaces.keys(), ...fileChannels.map((c) => c.site_id)])];
    const places = await placesFromBase(ctx.db, ctx.commune, placeIds);
    for (const [id, place] of filePlaces)
      places.set(id, { ...place, kind: place.kind ?? places.get(id)?.kind ?? null });
    // the channels the base holds for these places count too, unless the set brings them again
    const inSet = new Set(fileChannels.map((c) => c.channel_id));
    const baseChannels = (await channelsOfPlaces(ctx.db, ctx.commune, placeIds)).filter(
      (c) => !inSet.has(c.channel_id),
    );
    const assigned = assignCountingSites(places, [...fileChannels, ...baseChannels], ctx.siteKind);
    // what the base held already is written back (a split may move it), but is not a line of these files
    sites = assigned.sites.map((site) =>
      filePlaces.has(site.place_id ?? site.site_id) ? site : { ...site, derived: true },
    );
    channels = assigned.channels
      .map((c) => (inSet.has(c.channel_id) ? c : { ...c, derived: true }))
      .filter((c) => inSet.has(c.channel_id) || c.site_id !== baseSiteOf(baseChannels, c.channel_id));
    ignored = assigned.ignoredChannels;
    for (const c of assigned.channels.filter((c) => ignored.has(c.channel_id))) {
      warnings.push({
        line: null,
        column: 'channel_id',
        value: c.channel_id,
        reason: `type de mobilité que Pilotage ne suit pas (${c.mobility_type}) : ses mesures sont laissées de côté`,
      });
    }
  }

  // the kinds of the counting sites: the base's, overridden by the set's
  const siteKinds = await siteKindsOf(ctx.db, ctx.commune);
  for (const s of sites) siteKinds.set(s.site_id, s.kind ?? siteKinds.get(s.site_id) ?? ctx.siteKind ?? 'pedestrian');
  const kindOf = (siteId: string) => ctx.siteKind ?? siteKinds.get(siteId) ?? null;

  const slots: SlotRecord[] = [];
  const push = (file: string, list: SlotRecord[]) => {
    for (const s of list) {
      if (several) s.file = file;
      slots.push(s);
    }
  };
  if (of('etalab-measure').length) {
    const channelInfo = await channelsOfCommune(ctx.db, ctx.commune, siteKinds);
    for (const c of channels) {
      channelInfo.set(c.channel_id, {
        site_id: c.site_id,
        time_step_s: c.time_step_s,
        kind: siteKinds.get(c.site_id) ?? null,
        ignored: ignored.has(c.channel_id),
      });
    }
    for (const t of of('etalab-measure')) {
      const from = issues.length;
      const { rows, issues: header } = mapColumns(t.table, measureColumns);
      t.table.rows = []; // read once: a large file is not held twice
      issues.push(...header);
      if (!header.length) push(t.file, readMeasures(rows, issues, channelInfo));
      tag(t.file, from);
    }
  }
  for (const t of of('vendor')) {
    const from = issues.length;
    const { rows, issues: header } = mapColumns(t.table, vendorColumns);
    t.table.rows = [];
    issues.push(...header);
    if (!header.length) push(t.file, readVendorRows(rows, issues, siteKinds as Map<string, SiteKind>));
    tag(t.file, from);
  }
  const needsKind = new Set<string>();
  const portalKind = (siteId: string) => {
    const kind = kindOf(siteId);
    if (!kind) needsKind.add(siteId);
    return kind;
  };
  for (const t of [...of('eco-counter'), ...of('loops')]) {
    const from = issues.length;
    const fromWarnings = warnings.length;
    const read =
      t.layout === 'eco-counter'
        ? readEcoCounter(t.table, issues, portalKind, outline)
        : readLoops(t.table, issues, warnings, portalKind);
    tag(t.file, from);
    if (several) for (let i = fromWarnings; i < warnings.length; i++) warnings[i].file ??= t.file;
    sites.push(...read.sites);
    channels.push(...read.channels);
    push(t.file, read.slots);
  }
  if (needsKind.size) {
    issues.push({
      line: null,
      column: null,
      value: [...needsKind].slice(0, 3).join(', '),
      reason: `le fichier ne dit pas quelle mobilité ses ${needsKind.size} nouveaux sites comptent : précisez-le avec --kind bike (vélos), pedestrian (piétons), car ou facility (API : ?kind=bike)`,
    });
  }

  checkSlots(slots, issues);
  // a line refused here is counted once (in the issues), not also as a record
  const records: CountsRecord[] = [...sites, ...channels];
  if (issues.length === 0) for (const s of slots) records.push(s);
  else {
    const refused = linesOf(issues);
    for (const s of slots) if (!refused.get(s.file ?? '')?.has(s.line ?? -1)) records.push(s);
  }
  const summary = summarizeCounts(records);
  // the lines of the files behind what would land (a loop's line holds 24 hours; sites and channels are lines too)
  summary.rows = countLines(slots) + filePlaces.size + fileChannels.length;
  summary.notes = [...tables.map((t) => `${t.file} : ${layoutNames[t.layout]}`), ...(summary.notes ?? [])];
  return { records, issues, warnings, summary };
}

/** The lines (per file of the set) things come from: numbers in sets, not a million "file + line" strings. */
function linesOf(items: { file?: string; line: number | null }[]): Map<string, Set<number>> {
  const byFile = new Map<string, Set<number>>();
  for (const item of items) {
    const file = item.file ?? '';
    let lines = byFile.get(file);
    if (!lines) byFile.set(file, (lines = new Set()));
    lines.add(item.line ?? -1);
  }
  return byFile;
}

/** How many distinct file lines slots come from (a loop's line holds 24 hours). */
function countLines(slots: SlotRecord[]): number {
  let count = 0;
  for (const lines of linesOf(slots).values()) count += lines.size;
  return count;
}

function baseSiteOf(channels: ChannelRecord[], channelId: string): string | undefined {
  return channels.find((c) => c.channel_id === channelId)?.site_id;
}

async function channelsOfPlaces(db: Knex, commune: string, placeIds: string[]): Promise<ChannelRecord[]> {
  const rows = (await db('counting_channels as c')
    .join('counting_sites as s', function () {
      this.on('s.commune_insee', 'c.commune_insee').andOn('s.site_id', 'c.site_id');
    })
    .where('c.commune_insee', commune)
    .where((q) => q.whereIn('s.site_id', placeIds).orWhereIn('s.place_id', placeIds))
    .select(
      'c.channel_id',
      db.raw('coalesce(s.place_id, s.site_id) as site_id'),
      'c.mobility_type',
      'c.direction',
      'c.temporality',
      'c.started_at',
      'c.ended_at',
      'c.time_step_s',
    )) as Omit<ChannelRecord, 'type'>[];
  return rows.map((r) => ({ ...r, type: 'channel' }));
}

async function channelsOfCommune(
  db: Knex,
  commune: string,
  kinds: Map<string, SiteKind>,
): Promise<Map<string, ChannelInfo>> {
  const rows = (await db('counting_channels')
    .where({ commune_insee: commune })
    .select('channel_id', 'site_id', 'time_step_s')) as {
    channel_id: string;
    site_id: string;
    time_step_s: number | null;
  }[];
  return new Map(
    rows.map((c) => [
      c.channel_id,
      { site_id: c.site_id, time_step_s: c.time_step_s, kind: kinds.get(c.site_id) ?? null },
    ]),
  );
}

async function siteKindsOf(db: Knex, commune: string): Promise<Map<string, SiteKind>> {
  const rows = (await db('counting_sites').where({ commune_insee: commune }).select('site_id', 'kind')) as {
    site_id: string;
    kind: SiteKind;
  }[];
  return new Map(rows.map((r) => [r.site_id, r.kind]));
}

/** Rows, years, counting sites and kinds of mobility of what would land. */
function summarizeCounts(records: CountsRecord[]): ImportSummary {
  const years = new Set<number>();
  const sitesByKind = new Map<string, Set<string>>();
  const lines = new Map<string, number>();
  let slots = 0;
  let daily = 0;
  let created = 0;
  const seenSites = new Set<string>();
  for (const r of records) {
    if ('type' in r) {
      if (r.type === 'site') {
        created += 1;
        const kind = r.kind ? kindLabels[r.kind] : 'type à préciser';
        sitesByKind.set(kind, (sitesByKind.get(kind) ?? new Set()).add(r.site_id));
      }
      continue;
    }
    slots += 1;
    if (r.step === MINUTES_PER_DAY) daily += 1;
    years.add(new Date(r.start * 60_000).getUTCFullYear());
    if (!seenSites.has(r.site_id)) {
      seenSites.add(r.site_id);
      const kind = r.kind ? kindLabels[r.kind] : 'type à préciser';
      sitesByKind.set(kind, (sitesByKind.get(kind) ?? new Set()).add(r.site_id));
    }
    if (r.file) lines.set(r.file, (lines.get(r.file) ?? 0) + 1);
  }
  const allSites = new Set([...sitesByKind.values()].flatMap((s) => [...s]));
  const kinds = Object.fromEntries(
    [...sitesByKind].sort(([a], [b]) => a.localeCompare(b)).map(([k, s]) => [`sites ${k}`, s.size]),
  );
  const notes = [
    `${slots.toLocaleString('fr-FR').replace(/\u202f/g, ' ')} créneaux de comptage (${daily ? `${daily} au jour, ` : ''}à l'heure de Paris)`,
    ...(created
      ? [
          `${created} site${created > 1 ? 's' : ''} de comptage créé${created > 1 ? 's' : ''} ou mis à jour depuis les fichiers`,
        ]
      : []),
  ];
  return { rows: records.length, years: [...years].sort(), sites: allSites.size, kinds, notes };
}
