import { parisOffsetMinutes } from '../../../../common/paris-time';
import type { ImportIssue, SiteKind } from '../import-kind';
import { formatMinutes, isRepeatedHour, MINUTES_PER_DAY } from './counts-time';

/** One line of the file: a count of one site (and direction or channel) over one time slot, in local time. */
export interface SlotRecord {
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
  /** The file of the set it comes from (several files), its layout and its site's kind: for reports and summaries. */
  file?: string;
  layout?: string;
  kind?: SiteKind | null;
  /** The share of its file line this slot is (a per-loop line holds 24 hours: 1/24 each); 1 when absent. */
  weight?: number;
}

/** One row of counts_hourly. */
export interface HourRow {
  site_id: string;
  hour: string;
  count: number | null;
  status: 'ok' | 'fault';
  lines: number;
}

/** Vendor exports do not state their step: the smallest gap between two slots of the same stream is taken. */
export function inferSteps(slots: SlotRecord[]): void {
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
export function checkSlots(slots: SlotRecord[], issues: ImportIssue[]): void {
  // slot starts per site and stream (numbers as keys: a million slots checked without building a million strings)
  const seen = new Map<string, Map<string, Map<number, number>>>();
  const reportedStep = new Set<string>();
  const utcNow = Date.now() / 60_000;
  const now = utcNow + parisOffsetMinutes(utcNow); // Paris wall clock, as slot starts are
  const hourlySites = new Set<string>();
  const dailySites = new Map<string, SlotRecord>();
  for (const s of slots) {
    if (s.step === MINUTES_PER_DAY) {
      // a day's count (Etalab time_step 86400): it starts at local midnight
      if (s.start % MINUTES_PER_DAY !== 0) {
        issues.push({
          file: s.file,
          line: s.line,
          column: null,
          value: formatMinutes(s.start),
          reason: 'comptage journalier qui ne commence pas à minuit (heure de Paris)',
        });
        continue;
      }
      if (!dailySites.has(s.site_id)) dailySites.set(s.site_id, s);
    } else if (s.step > 60 || 60 % s.step !== 0) {
      const key = `${s.site_id} ${s.stream}`;
      if (!reportedStep.has(key)) {
        reportedStep.add(key);
        issues.push({
          file: s.file,
          line: s.line,
          column: null,
          value: `${s.step} min`,
          reason:
            'pas de temps non pris en charge : mesures au jour, à l’heure ou infra-horaires (1, 5, 10, 15, 20, 30 ou 60 minutes) seulement',
        });
      }
      continue;
    } else {
      hourlySites.add(s.site_id);
    }
    if (s.step !== MINUTES_PER_DAY && ((s.start % s.step) + s.step) % s.step !== 0) {
      issues.push({
        file: s.file,
        line: s.line,
        column: null,
        value: formatMinutes(s.start),
        reason: `horodatage hors du pas de ${s.step} minutes`,
      });
      continue;
    }
    if (s.start > now) {
      issues.push({
        file: s.file,
        line: s.line,
        column: null,
        value: formatMinutes(s.start),
        reason: 'horodatage dans le futur',
      });
      continue;
    }
    let streams = seen.get(s.site_id);
    if (!streams) seen.set(s.site_id, (streams = new Map()));
    let starts = streams.get(s.stream);
    if (!starts) streams.set(s.stream, (starts = new Map()));
    const first = starts.get(s.start);
    if (first !== undefined && !isRepeatedHour(s.start)) {
      issues.push({
        file: s.file,
        line: s.line,
        column: null,
        value: `${s.site_id} ${s.stream} ${formatMinutes(s.start)}`.replace(/ +/g, ' '),
        reason: `doublon de la ligne ${first}`,
      });
    } else if (first === undefined) {
      starts.set(s.start, s.line);
    }
  }
  checkMixedSteps(hourlySites, dailySites, issues);
}

/** A site counted by the hour and by the day in the same import would be counted twice in its daily totals. */
function checkMixedSteps(hourly: Set<string>, daily: Map<string, SlotRecord>, issues: ImportIssue[]): void {
  for (const [site, s] of daily) {
    if (!hourly.has(site)) continue;
    issues.push({
      file: s.file,
      line: s.line,
      column: null,
      value: site,
      reason: 'site compté à la fois à l’heure et au jour : importez l’un ou l’autre',
    });
  }
}

/**
 * Hours from slots: per site and local hour, the sum of the counted slots; 'ok' when every stream of the site (in
 * the file) has all its slots of the hour counted and none is faulty, 'fault' otherwise (count null when nothing
 * was counted).
 */
export function aggregateHours(slots: SlotRecord[], period = 60): HourRow[] {
  // first pass: the streams of each site (all those seen anywhere in the file), numbered
  const sites = new Map<string, { streams: Map<string, number>; slots: SlotRecord[] }>();
  for (const s of slots) {
    let site = sites.get(s.site_id);
    if (!site) sites.set(s.site_id, (site = { streams: new Map(), slots: [] }));
    if (!site.streams.has(s.stream)) site.streams.set(s.stream, site.streams.size);
    site.slots.push(s);
  }
  // second pass, per site: flat arrays indexed by the hour's rank (no object or map per hour: a year of 100 sites is
  // 876 000 hours)
  const rows: HourRow[] = [];
  for (const [siteId, site] of sites) {
    const width = site.streams.size;
    const rank = new Map<number, number>();
    const starts: number[] = [];
    const sums: number[] = [];
    const counted: number[] = [];
    const faults: boolean[] = [];
    const lines: number[] = [];
    const perStream: number[] = [];
    const steps: number[] = [];
    for (const s of site.slots) {
      const hour = Math.floor(s.start / period) * period;
      let i = rank.get(hour);
      if (i === undefined) {
        i = starts.length;
        rank.set(hour, i);
        starts.push(hour);
        sums.push(0);
        counted.push(0);
        faults.push(false);
        lines.push(0);
        for (let k = 0; k < width; k++) {
          perStream.push(0);
          steps.push(0);
        }
      }
      const cell = i * width + site.streams.get(s.stream)!;
      lines[i] += s.weight ?? 1;
      steps[cell] = s.step;
      if (s.count !== null && !s.fault) {
        sums[i] += s.count;
        counted[i] += 1;
        perStream[cell] += 1;
      } else {
        faults[i] = true;
      }
    }
    for (let i = 0; i < starts.length; i++) {
      let complete = !faults[i];
      for (let k = 0; complete && k < width; k++) {
        const cell = i * width + k;
        if (steps[cell] === 0 || perStream[cell] < period / steps[cell]) complete = false;
      }
      rows.push({
        site_id: siteId,
        hour: formatMinutes(starts[i]),
        count: counted[i] > 0 ? Math.round(sums[i]) : null,
        status: complete ? 'ok' : 'fault',
        lines: lines[i],
      });
    }
  }
  return rows;
}
