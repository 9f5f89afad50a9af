import type { ImportSummary, SiteKind } from '../import-kind';
import type { ChannelRecord, SiteRecord } from './counting-sites';
import type { SlotRecord } from './counts-slots';
import { MINUTES_PER_DAY } from './counts-time';

/** What a counts set lands: counting sites, their channels, and the counted slots. */
export type CountsRecord = SiteRecord | ChannelRecord | SlotRecord;

const kindLabels: Record<SiteKind, string> = {
  pedestrian: 'piétons',
  bike: 'vélos',
  car: 'véhicules',
  facility: 'entrées d’équipements',
};

/** The lines (per file of the set) things come from: numbers in sets, not a million "file + line" strings. */
export function linesOf(items: { file?: string; line: number | null }[]): Map<string, Set<number>> {
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
export function countLines(slots: SlotRecord[]): number {
  let count = 0;
  for (const lines of linesOf(slots).values()) count += lines.size;
  return count;
}

/** Rows, years, counting sites and kinds of mobility of what would land. */
export function summarizeCounts(records: CountsRecord[]): ImportSummary {
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
