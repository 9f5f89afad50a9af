-- The counts views find a commune's latest day with counts and read a period of days across all its sites: an index
-- on (commune, day) of the daily rollup serves both without scanning every site's history.
create index counts_daily_day_idx on counts_daily (commune_insee, day);
