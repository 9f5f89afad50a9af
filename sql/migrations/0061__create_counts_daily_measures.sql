-- Counts published by the day only (the Etalab example set of Eco-Compteur, many tourism counters: time_step 86400):
-- one row per counting site and local calendar day. They feed the same daily rollup as hourly counts (counts_daily,
-- migration 0032), so every daily, weekly, monthly and year-on-year figure reads them; the hour x weekday profile
-- cannot (it has no hours). A day counted here is a complete day ('ok': 24 hours valid) or a faulty one. A site is
-- counted by the hour or by the day, not both (the import refuses a set that mixes them). DOMAIN.md §4, flow counts.

create table counts_daily_measures (
  commune_insee text not null,
  site_id       text not null,
  day           date not null,
  count         integer check (count >= 0),
  status        text not null default 'ok' check (status in ('ok', 'fault')),
  import_id     bigint,
  primary key (commune_insee, site_id, day),
  foreign key (commune_insee, site_id) references counting_sites (commune_insee, site_id) on delete cascade
);

-- The delta of every statement, added to counts_daily as 24 hours of the day (as counts_hourly_rollups does per hour).
create function counts_daily_measures_rollup() returns trigger
language plpgsql as $$
declare
  delta text := case tg_op
    when 'INSERT' then 'select 1 as sign, commune_insee, site_id, day, count, status from new_rows'
    when 'DELETE' then 'select -1 as sign, commune_insee, site_id, day, count, status from old_rows'
    else 'select 1 as sign, commune_insee, site_id, day, count, status from new_rows
          union all select -1, commune_insee, site_id, day, count, status from old_rows'
  end;
begin
  execute format($sql$
    insert into counts_daily as d (commune_insee, site_id, day, count_total, hours_ok, hours_fault, hours_present)
    select
      commune_insee, site_id, day,
      coalesce(sum(sign * count) filter (where status = 'ok'), 0),
      coalesce(sum(sign * 24) filter (where status = 'ok'), 0),
      coalesce(sum(sign * 24) filter (where status = 'fault'), 0),
      sum(sign * 24)
    from (%s) delta
    group by commune_insee, site_id, day
    on conflict (commune_insee, site_id, day) do update set
      count_total = d.count_total + excluded.count_total,
      hours_ok = d.hours_ok + excluded.hours_ok,
      hours_fault = d.hours_fault + excluded.hours_fault,
      hours_present = d.hours_present + excluded.hours_present
  $sql$, delta);
  if tg_op <> 'INSERT' then
    delete from counts_daily d
    using (select distinct commune_insee, site_id, day from old_rows) k
    where d.commune_insee = k.commune_insee and d.site_id = k.site_id and d.day = k.day and d.hours_present = 0;
  end if;
  return null;
end
$$;

create trigger counts_daily_measures_insert after insert on counts_daily_measures
  referencing new table as new_rows for each statement execute function counts_daily_measures_rollup();
create trigger counts_daily_measures_update after update on counts_daily_measures
  referencing old table as old_rows new table as new_rows for each statement execute function counts_daily_measures_rollup();
create trigger counts_daily_measures_delete after delete on counts_daily_measures
  referencing old table as old_rows for each statement execute function counts_daily_measures_rollup();

-- Emptying counts_hourly (a demo reload) empties the rollups: the days counted by the day are put back.
create or replace function counts_hourly_truncated() returns trigger
language plpgsql as $$
begin
  truncate counts_daily, counts_hour_profile;
  insert into counts_daily (commune_insee, site_id, day, count_total, hours_ok, hours_fault, hours_present)
  select commune_insee, site_id, day, coalesce(count, 0) * (status = 'ok')::int, 24 * (status = 'ok')::int,
    24 * (status = 'fault')::int, 24
  from counts_daily_measures;
  return null;
end
$$;
