import { type CommuneOutline, loadCommuneOutline } from '../../geo/commune-contour';
import type { ImportContext, ImportFile, ImportIssue, ParseResult, SiteKind } from '../import-kind';
import { mapColumns, readTable, type Table } from '../read-table';
import {
  assignCountingSites,
  type ChannelRecord,
  knownPlaces,
  parseChannels,
  parseSites,
  placesFromBase,
  type SiteRecord,
} from './counting-sites';
import { channelsOfCommune, channelsOfPlaces, siteKindsOf } from './counts-base';
import { detectLayout, type Layout, layoutNames } from './counts-detect';
import { measureColumns, readMeasures, readVendorRows, vendorColumns } from './counts-layouts';
import { readEcoCounter, readLoops } from './counts-portals';
import { checkSlots, type SlotRecord } from './counts-slots';
import { countLines, type CountsRecord, linesOf, summarizeCounts } from './counts-summary';

/** One file of the set, read, with the layout its header tells. */
interface CountsTable {
  file: string;
  table: Table;
  layout: Layout;
}

/** What the set's issues and warnings are collected in; each names its file when the set has several. */
interface SetReport {
  several: boolean;
  issues: ImportIssue[];
  warnings: ImportIssue[];
}

/** The counting sites and channels of the set, and the channels whose measures are left aside. */
interface Placed {
  sites: SiteRecord[];
  channels: ChannelRecord[];
  ignored: Set<string>;
}

/**
 * A counts file, or a set of them read together: places and channels first (Etalab site and channel files), then the
 * counted slots of every other file, checked together; what would land, counted in the files' lines.
 */
export async function parseCounts(files: ImportFile[], ctx: ImportContext): Promise<ParseResult<CountsRecord>> {
  const report: SetReport = { several: files.length > 1, issues: [], warnings: [] };
  const tables = await readTables(files, report);
  const of = (layout: Layout) => tables.filter((t) => t.layout === layout);
  const outline = await loadCommuneOutline(ctx.db, ctx.commune);
  const { filePlaces, fileChannels } = await readPlaceFiles(ctx, of, outline, report);
  const placed = await placeChannels(ctx, filePlaces, fileChannels, report.warnings);

  // the kinds of the counting sites: the base's, overridden by the set's
  const siteKinds = await siteKindsOf(ctx.db, ctx.commune);
  for (const s of placed.sites)
    siteKinds.set(s.site_id, s.kind ?? siteKinds.get(s.site_id) ?? ctx.siteKind ?? 'pedestrian');

  const slots: SlotRecord[] = [];
  await readMeasureFiles(ctx, of('etalab-measure'), placed, siteKinds, slots, report);
  readVendorFiles(of('vendor'), siteKinds, slots, report);
  const kindOf = (siteId: string) => ctx.siteKind ?? siteKinds.get(siteId) ?? null;
  readPortalFiles([...of('eco-counter'), ...of('loops')], kindOf, outline, placed, slots, report);

  const { issues, warnings } = report;
  checkSlots(slots, issues);
  const records = landingRecords(placed, slots, issues);
  const summary = summarizeCounts(records);
  // the lines of the files behind what would land (a loop's line holds 24 hours; sites and channels are lines too)
  summary.rows = countLines(slots) + filePlaces.size + fileChannels.length;
  summary.notes = [...tables.map((t) => `${t.file} : ${layoutNames[t.layout]}`), ...(summary.notes ?? [])];
  return { records, issues, warnings, summary };
}

/** Runs a step on one file of the set; the issues and warnings it adds name the file when the set has several. */
function inFile<T>(report: SetReport, file: string, step: () => T): T {
  const fromIssues = report.issues.length;
  const fromWarnings = report.warnings.length;
  const result = step();
  if (report.several) {
    for (let i = fromIssues; i < report.issues.length; i++) report.issues[i].file ??= file;
    for (let i = fromWarnings; i < report.warnings.length; i++) report.warnings[i].file ??= file;
  }
  return result;
}

/** Each file read, its layout told by its header; a file without a header is refused. */
async function readTables(files: ImportFile[], report: SetReport): Promise<CountsTable[]> {
  const tables: CountsTable[] = [];
  for (const f of files) {
    const table = await readTable(f.content, f.name);
    if (table.header.length === 0) {
      report.issues.push({
        file: report.several ? f.name : undefined,
        line: 1,
        column: null,
        value: null,
        reason: 'fichier vide : aucun en-tête',
      });
      continue;
    }
    tables.push({ file: f.name, table, layout: detectLayout(table.header) });
  }
  return tables;
}

/** The places of the set's Etalab site files, then its channels, which may name places the base holds already. */
async function readPlaceFiles(
  ctx: ImportContext,
  of: (layout: Layout) => CountsTable[],
  outline: CommuneOutline,
  report: SetReport,
): Promise<{ filePlaces: Map<string, SiteRecord>; fileChannels: ChannelRecord[] }> {
  const filePlaces = new Map<string, SiteRecord>();
  for (const t of of('etalab-site')) {
    const parsed = inFile(report, t.file, () => {
      const read = parseSites(t.table, ctx.commune, outline);
      report.issues.push(...read.issues);
      return read;
    });
    for (const s of parsed.records as SiteRecord[]) filePlaces.set(s.site_id, s);
  }
  const known = await knownPlaces(ctx.db, ctx.commune);
  for (const id of filePlaces.keys()) known.add(id);
  const fileChannels: ChannelRecord[] = [];
  for (const t of of('etalab-channel')) {
    const parsed = inFile(report, t.file, () => {
      const read = parseChannels(t.table, known);
      report.issues.push(...read.issues);
      return read;
    });
    fileChannels.push(...(parsed.records as ChannelRecord[]));
  }
  return { filePlaces, fileChannels };
}

/**
 * The counting sites of the set's places and channels: a place counting several kinds of mobility is split, the
 * channels the base holds for these places counting too (unless the set brings them again). A channel of a mobility
 * Pilotage does not follow is left aside, with a warning.
 */
async function placeChannels(
  ctx: ImportContext,
  filePlaces: Map<string, SiteRecord>,
  fileChannels: ChannelRecord[],
  warnings: ImportIssue[],
): Promise<Placed> {
  if (filePlaces.size === 0 && fileChannels.length === 0) return { sites: [], channels: [], ignored: new Set() };
  const placeIds = [...new Set([...filePlaces.keys(), ...fileChannels.map((c) => c.site_id)])];
  const places = await placesFromBase(ctx.db, ctx.commune, placeIds);
  for (const [id, place] of filePlaces) places.set(id, { ...place, kind: place.kind ?? places.get(id)?.kind ?? null });
  // the channels the base holds for these places count too, unless the set brings them again
  const inSet = new Set(fileChannels.map((c) => c.channel_id));
  const baseChannels = (await channelsOfPlaces(ctx.db, ctx.commune, placeIds)).filter((c) => !inSet.has(c.channel_id));
  const assigned = assignCountingSites(places, [...fileChannels, ...baseChannels], ctx.siteKind);
  // what the base held already is written back (a split may move it), but is not a line of these files
  const sites = assigned.sites.map((site) =>
    filePlaces.has(site.place_id ?? site.site_id) ? site : { ...site, derived: true },
  );
  const channels = assigned.channels
    .map((c) => (inSet.has(c.channel_id) ? c : { ...c, derived: true }))
    .filter((c) => inSet.has(c.channel_id) || c.site_id !== baseSiteOf(baseChannels, c.channel_id));
  const ignored = assigned.ignoredChannels;
  for (const c of assigned.channels.filter((c) => ignored.has(c.channel_id))) {
    warnings.push({
      line: null,
      column: 'channel_id',
      value: c.channel_id,
      reason: `type de mobilité que Pilotage ne suit pas (${c.mobility_type}) : ses mesures sont laissées de côté`,
    });
  }
  return { sites, channels, ignored };
}

function baseSiteOf(channels: ChannelRecord[], channelId: string): string | undefined {
  return channels.find((c) => c.channel_id === channelId)?.site_id;
}

/** A file's slots added to the set's, each naming its file when the set has several (a loop, not a spread: millions). */
function addSlots(slots: SlotRecord[], file: string, list: SlotRecord[], report: SetReport): void {
  for (const s of list) {
    if (report.several) s.file = file;
    slots.push(s);
  }
}

/** The Etalab measure files, read against the channels of the commune and of the set. */
async function readMeasureFiles(
  ctx: ImportContext,
  tables: CountsTable[],
  placed: Placed,
  siteKinds: Map<string, SiteKind>,
  slots: SlotRecord[],
  report: SetReport,
): Promise<void> {
  if (!tables.length) return;
  const channelInfo = await channelsOfCommune(ctx.db, ctx.commune, siteKinds);
  for (const c of placed.channels) {
    channelInfo.set(c.channel_id, {
      site_id: c.site_id,
      time_step_s: c.time_step_s,
      kind: siteKinds.get(c.site_id) ?? null,
      ignored: placed.ignored.has(c.channel_id),
    });
  }
  for (const t of tables)
    inFile(report, t.file, () => {
      const { rows, issues: header } = mapColumns(t.table, measureColumns);
      t.table.rows = []; // read once: a large file is not held twice
      report.issues.push(...header);
      if (!header.length) addSlots(slots, t.file, readMeasures(rows, report.issues, channelInfo), report);
    });
}

/** The vendor exports (site, timestamp, direction, count), their sites known already. */
function readVendorFiles(
  tables: CountsTable[],
  siteKinds: Map<string, SiteKind>,
  slots: SlotRecord[],
  report: SetReport,
): void {
  for (const t of tables)
    inFile(report, t.file, () => {
      const { rows, issues: header } = mapColumns(t.table, vendorColumns);
      t.table.rows = [];
      report.issues.push(...header);
      if (!header.length) addSlots(slots, t.file, readVendorRows(rows, report.issues, siteKinds), report);
    });
}

/**
 * The portal exports (Eco-Counter, per-loop daily), which imply their sites and channels. A new site whose kind of
 * mobility neither the base nor `--kind` tells is refused once, for the whole set.
 */
function readPortalFiles(
  tables: CountsTable[],
  kindOf: (siteId: string) => SiteKind | null,
  outline: CommuneOutline,
  placed: Placed,
  slots: SlotRecord[],
  report: SetReport,
): void {
  const needsKind = new Set<string>();
  const portalKind = (siteId: string) => {
    const kind = kindOf(siteId);
    if (!kind) needsKind.add(siteId);
    return kind;
  };
  for (const t of tables) {
    const read = inFile(report, t.file, () =>
      t.layout === 'eco-counter'
        ? readEcoCounter(t.table, report.issues, portalKind, outline)
        : readLoops(t.table, report.issues, report.warnings, portalKind),
    );
    placed.sites.push(...read.sites);
    placed.channels.push(...read.channels);
    addSlots(slots, t.file, read.slots, report);
  }
  if (needsKind.size) {
    report.issues.push({
      line: null,
      column: null,
      value: [...needsKind].slice(0, 3).join(', '),
      reason: `le fichier ne dit pas quelle mobilité ses ${needsKind.size} nouveaux sites comptent : précisez-le avec --kind bike (vélos), pedestrian (piétons), car ou facility (API : ?kind=bike)`,
    });
  }
}

/** Sites, channels and slots; a line refused is counted once (in the issues), not also as a record. */
function landingRecords(placed: Placed, slots: SlotRecord[], issues: ImportIssue[]): CountsRecord[] {
  const records: CountsRecord[] = [...placed.sites, ...placed.channels];
  if (issues.length === 0) for (const s of slots) records.push(s);
  else {
    const refused = linesOf(issues);
    for (const s of slots) if (!refused.get(s.file ?? '')?.has(s.line ?? -1)) records.push(s);
  }
  return records;
}
