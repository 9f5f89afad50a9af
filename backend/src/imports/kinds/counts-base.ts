import type { Knex } from 'knex';
import type { SiteKind } from '../import-kind';
import type { ChannelRecord } from './counting-sites';
import type { ChannelInfo } from './counts-layouts';

/** The channels the base holds for these places (or the sites a place was split into), read as the place's. */
export async function channelsOfPlaces(db: Knex, commune: string, placeIds: string[]): Promise<ChannelRecord[]> {
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

/** Every channel of the commune: its counting site, time step and that site's kind. */
export async function channelsOfCommune(
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

/** The kind of mobility each counting site of the commune counts. */
export async function siteKindsOf(db: Knex, commune: string): Promise<Map<string, SiteKind>> {
  const rows = (await db('counting_sites').where({ commune_insee: commune }).select('site_id', 'kind')) as {
    site_id: string;
    kind: SiteKind;
  }[];
  return new Map(rows.map((r) => [r.site_id, r.kind]));
}
