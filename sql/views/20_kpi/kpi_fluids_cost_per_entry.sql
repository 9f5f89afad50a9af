-- kpi_fluids_cost_per_entry: one row per counted facility (a building with a counting site of kind 'facility':
-- pool, library...) and calendar year with both bills and counts: its fluids bill divided by its entries
-- (../shared/DOMAIN.md, "2. Fluids of public buildings": pools cost over 3,000 EUR a day to run, fluids are about
-- 17 % of their costs, 7,600 to 390,000 entries a year). Entries are the valid counts of the facility's sites
-- (stg_counts_daily: faulty or missing hours are not zero), days_counted says how many days had valid counts, so a
-- year counted in part is not read as a cheap year: cost_per_entry_eur compares the bill of the days counted
-- (the yearly bill x days_counted / days in the year) with their entries.
-- Units: EUR TTC, entries, days.
create view analytics.kpi_fluids_cost_per_entry as
with entries as (
  select
    s.commune_insee,
    s.building_id,
    extract(year from d.day)::integer as year,
    sum(d.count_total) as entries,
    count(*) filter (where d.hours_ok > 0)::integer as days_counted
  from counting_sites s
  join analytics.stg_counts_daily d on d.commune_insee = s.commune_insee and d.site_id = s.site_id
  where s.kind = 'facility' and s.building_id is not null
  group by s.commune_insee, s.building_id, extract(year from d.day)
),

bills as (
  select commune_insee, building_id, year, sum(amount_eur) as cost_eur, bool_and(complete) as complete
  from analytics.stg_fluids_yearly
  group by commune_insee, building_id, year
),

final as (
  select
    e.commune_insee,
    e.building_id,
    b.name,
    b.type,
    e.year,
    round(f.cost_eur, 2) as cost_eur,
    f.complete as bills_complete,
    e.entries,
    e.days_counted,
    (make_date(e.year, 12, 31) - make_date(e.year, 1, 1) + 1) as days_in_year,
    round(
      f.cost_eur * e.days_counted / (make_date(e.year, 12, 31) - make_date(e.year, 1, 1) + 1) / nullif(e.entries, 0), 2
    ) as cost_per_entry_eur
  from entries e
  join bills f using (commune_insee, building_id, year)
  join buildings b on b.commune_insee = e.commune_insee and b.building_id = e.building_id
)

select * from final;
