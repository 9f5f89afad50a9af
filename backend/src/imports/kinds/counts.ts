import type { ImportKind } from '../import-kind';
import { upsertRows } from '../upsert';
import { type ChannelRecord, removeEmptiedPlaces, type SiteRecord, writeSites } from './counting-sites';
import { measureColumns, vendorColumns } from './counts-layouts';
import { parseCounts } from './counts-parse';
import { aggregateHours, type SlotRecord } from './counts-slots';
import { countLines, type CountsRecord } from './counts-summary';
import { MINUTES_PER_DAY } from './counts-time';
import { writeDays, writeHours } from './counts-write';

export { detectLayout, layoutNames } from './counts-detect';
export { aggregateHours, type HourRow } from './counts-slots';
export { parisOffsetMinutes, parseLocalTimestamp } from './counts-time';

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
