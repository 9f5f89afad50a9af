-- stg_years_with_data: one row per commune and year some family has figures for: budget lines (any document),
-- fluids bills (prorated months), flow counts (monthly rollup), payment credits executed on programmes. The years the
-- commune overview and the quartier summary give a row to. A plain view: a filter on the commune reaches each source.
create view analytics.stg_years_with_data as
select commune_insee, year from analytics.stg_budget_lines
union
select commune_insee, year from analytics.stg_fluids_monthly
union
select commune_insee, extract(year from period_start)::integer from analytics.stg_counts_periods
where period = 'month'
union
select commune_insee, year from programme_credits where cp_executed_eur <> 0;
