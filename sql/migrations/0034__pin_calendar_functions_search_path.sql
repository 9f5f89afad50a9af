-- PostgreSQL 17 and later build and refresh materialized views with search_path = pg_catalog, pg_temp, so a function
-- called there must not depend on the session's search_path: public_holiday_name() calls easter_sunday(), and the
-- counts triggers name their tables. Each keeps the search_path of the migration (the schema of the tables).
alter function easter_sunday(integer) set search_path from current;
alter function public_holiday_name(date) set search_path from current;
alter function counts_hourly_rollups() set search_path from current;
alter function counts_hourly_truncated() set search_path from current;
