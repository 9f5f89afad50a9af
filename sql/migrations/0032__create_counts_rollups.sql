-- Rollups of counts_hourly kept up to date by the database itself. The hourly table is large (500 sites x 5 years
-- is about 22 million rows): re-aggregating it after every import would cost a full scan each time. Instead,
-- statement-level triggers with transition tables add the delta of every INSERT, UPDATE (an import's upsert, a
-- rollback) and DELETE to two small tables, so an import pays for the rows it brings and no more. The materialized
-- view analytics.stg_counts_daily and the KPI views read these tables. DOMAIN.md, flow counts.

-- One row per site and local calendar day: valid counts and how many hours were valid, faulty or present at all
-- (hours absent from counts_hourly are gaps, never zero traffic).
create table counts_daily (
  commune_insee text not null,
  site_id       text not null,
  day           date not null,
  count_total   bigint not null default 0,
  hours_ok      integer not null default 0,
  hours_fault   integer not null default 0,
  hours_present integer not null default 0,
  primary key (commune_insee, site_id, day)
);

-- One row per site, calendar year, ISO weekday (1 = Monday) and hour of the day: the valid counts of ordinary days
-- (public holidays left out: a Monday holiday looks like a Sunday) behind the hour x weekday profile. A year, not a
-- month: 168 rows per site and year keep the table about 50 times smaller than counts_hourly.
create table counts_hour_profile (
  commune_insee text not null,
  site_id       text not null,
  year          smallint not null,
  isodow        smallint not null check (isodow between 1 and 7),
  hour_of_day   smallint not null check (hour_of_day between 0 and 23),
  count_total   bigint not null default 0,
  hours_ok      integer not null default 0,
  primary key (commune_insee, site_id, year, isodow, hour_of_day)
);

-- work_mem is raised and sorting disabled for the trigger alone: a demo load or a large import aggregates millions
-- of rows at once, and hash aggregation of the transition table is several times faster than sorting it.
create function counts_hourly_rollups() returns trigger
language plpgsql set work_mem = '256MB' set enable_sort = off as $$
declare
  delta text := case tg_op
    when 'INSERT' then 'select 1 as sign, commune_insee, site_id, hour, count, status from new_rows'
    when 'DELETE' then 'select -1 as sign, commune_insee, site_id, hour, count, status from old_rows'
    else 'select 1 as sign, commune_insee, site_id, hour, count, status from new_rows
          union all select -1, commune_insee, site_id, hour, count, status from old_rows'
  end;
  holidays date[];
begin
  execute format($sql$
    insert into counts_daily as d (commune_insee, site_id, day, count_total, hours_ok, hours_fault, hours_present)
    select
      commune_insee, site_id, hour::date,
      coalesce(sum(sign * count) filter (where status = 'ok'), 0),
      coalesce(sum(sign) filter (where status = 'ok'), 0),
      coalesce(sum(sign) filter (where status = 'fault'), 0),
      sum(sign)
    from (%s) delta
    group by commune_insee, site_id, hour::date
    on conflict (commune_insee, site_id, day) do update set
      count_total = d.count_total + excluded.count_total,
      hours_ok = d.hours_ok + excluded.hours_ok,
      hours_fault = d.hours_fault + excluded.hours_fault,
      hours_present = d.hours_present + excluded.hours_present
  $sql$, delta);

  execute format($sql$
    select coalesce(array_agg(day), '{}')
    from (select distinct hour::date as day from (%s) delta offset 0) days
    where public_holiday_name(day) is not null
  $sql$, delta) into holidays;

  execute format($sql$
    insert into counts_hour_profile as p (commune_insee, site_id, year, isodow, hour_of_day, count_total, hours_ok)
    select
      commune_insee, site_id, extract(year from hour)::smallint,
      extract(isodow from hour)::smallint, extract(hour from hour)::smallint,
      coalesce(sum(sign * count), 0), sum(sign)
    from (%s) delta
    where status = 'ok' and hour::date <> all ($1)
    group by 1, 2, 3, 4, 5
    on conflict (commune_insee, site_id, year, isodow, hour_of_day) do update set
      count_total = p.count_total + excluded.count_total,
      hours_ok = p.hours_ok + excluded.hours_ok
  $sql$, delta) using holidays;

  if tg_op <> 'INSERT' then
    delete from counts_daily d
    using (select distinct commune_insee, site_id, hour::date as day from old_rows) k
    where d.commune_insee = k.commune_insee and d.site_id = k.site_id and d.day = k.day and d.hours_present = 0;
    delete from counts_hour_profile p
    using (select distinct commune_insee, site_id, extract(year from hour)::smallint as year from old_rows) k
    where p.commune_insee = k.commune_insee and p.site_id = k.site_id and p.year = k.year and p.hours_ok = 0;
  end if;
  return null;
end
$$;

create function counts_hourly_truncated() returns trigger
language plpgsql as $$
begin
  truncate counts_daily, counts_hour_profile;
  return null;
end
$$;

create trigger counts_hourly_rollups_insert after insert on counts_hourly
  referencing new table as new_rows for each statement execute function counts_hourly_rollups();
create trigger counts_hourly_rollups_update after update on counts_hourly
  referencing old table as old_rows new table as new_rows for each statement execute function counts_hourly_rollups();
create trigger counts_hourly_rollups_delete after delete on counts_hourly
  referencing old table as old_rows for each statement execute function counts_hourly_rollups();
create trigger counts_hourly_rollups_truncate after truncate on counts_hourly
  for each statement execute function counts_hourly_truncated();

-- Counts already loaded before this migration.
insert into counts_daily (commune_insee, site_id, day, count_total, hours_ok, hours_fault, hours_present)
select
  commune_insee, site_id, hour::date,
  coalesce(sum(count) filter (where status = 'ok'), 0),
  count(*) filter (where status = 'ok'),
  count(*) filter (where status = 'fault'),
  count(*)
from counts_hourly
group by 1, 2, 3;

with days as materialized (
  select distinct hour::date as day from counts_hourly
),
holidays as (
  select day from days where public_holiday_name(day) is not null
)
insert into counts_hour_profile (commune_insee, site_id, year, isodow, hour_of_day, count_total, hours_ok)
select
  commune_insee, site_id, extract(year from hour)::smallint,
  extract(isodow from hour)::smallint, extract(hour from hour)::smallint,
  coalesce(sum(count), 0), count(*)
from counts_hourly
where status = 'ok' and hour::date not in (select day from holidays)
group by 1, 2, 3, 4, 5;
