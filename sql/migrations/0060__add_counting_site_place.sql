-- A counting site counts one kind of mobility (pedestrians, bikes, cars or facility entries): its counts are never
-- added to another kind's. A place whose channels count several kinds (Etalab "comptage des mobilités": a site with
-- a PEDESTRIAN and a BIKE channel) is kept as one counting site per kind, `<site_id>-<kind>` (e.g. 300014141-bike and
-- 300014141-pedestrian), and place_id keeps the site id of the source files, so that a later channel or measure file
-- naming the place finds its counting sites. Null: the counting site is the place itself. docs/commerce-and-flows.md.
alter table counting_sites add column place_id text;
create index counting_sites_place_idx on counting_sites (commune_insee, place_id) where place_id is not null;
