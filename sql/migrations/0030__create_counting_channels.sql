-- Channels of the counting sites, as in the French open standard for counting data (Etalab "comptage des
-- mobilités", files site / channel / measure, version 0.2.x): a site is a physical place, a channel one stream of
-- counts at that site (one direction, one mobility type), and measures point to a channel. Vendor exports that
-- name the site and a direction land without a channel. DOMAIN.md, flow counts.

create table counting_channels (
  commune_insee  text not null,
  channel_id     text not null,
  site_id        text not null,
  mobility_type  text,
  direction      text,
  temporality    text check (temporality in ('permanent', 'temporary')),
  started_at     date,
  ended_at       date,
  time_step_s    integer check (time_step_s > 0),
  import_id      bigint references imports (id),
  primary key (commune_insee, channel_id),
  foreign key (commune_insee, site_id) references counting_sites (commune_insee, site_id) on delete cascade
);
create index counting_channels_site_idx on counting_channels (commune_insee, site_id);

-- The counting sites of a zone or a street are what the impact analysis and the street pages select.
create index counting_sites_zone_idx on counting_sites (commune_insee, zone);
create index counting_sites_street_idx on counting_sites (commune_insee, street);
