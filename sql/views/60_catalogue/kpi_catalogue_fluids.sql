-- kpi_catalogue_fluids: the fluids' headline figures in the catalogue's shape (read by kpi_catalogue), one row per
-- commune, indicator and calendar year with bills. ../shared/DOMAIN.md §2; the months are stg_fluids_monthly's (bills
-- prorated by days, every meter of the commune, as kpi_fluids_commune_month), summed here over the months the year has.
--   fluids_cost        the whole fluids bill (energy and water), EUR TTC
--   energy             energy consumed (fluids billed in kWh), kWh, as metered
--   energy_corrected   the same energy weather-corrected with the degree-days (heating share), kWh: a second
--                      indicator, never the same figure under another name (weather_corrected = true)
-- Period: the months of the year with bills (January to the latest month for the year in progress); comparison:
-- the same months of the year before, only when the year before has every one of them (else null: no comparison
-- rather than a partial year against a full one).
create view analytics.kpi_catalogue_fluids as
with months as (
  select
    commune_insee,
    month,
    sum(quantity) filter (where unit = 'kWh') as energy,
    sum(corrected_quantity) filter (where unit = 'kWh') as energy_corrected,
    sum(amount_eur) as fluids_cost
  -- the meters' months, unrounded (stg_fluids_monthly, the source of kpi_fluids_commune_month, which rounds each
  -- fluid's month): a year's bill is the rounded sum, not a sum of rounded months
  from analytics.stg_fluids_monthly
  group by commune_insee, month
  -- a month no bill covers yet is not a month of the period
  having count(quantity) > 0
),

years as (
  select
    commune_insee,
    extract(year from month)::integer as year,
    min(month) as first_month,
    max(month) as last_month,
    count(*)::integer as months,
    sum(energy) as energy,
    sum(energy_corrected) as energy_corrected,
    sum(fluids_cost) as fluids_cost
  from months
  group by commune_insee, extract(year from month)
),

compared as (
  select
    y.*,
    (y.first_month - interval '1 year')::date as comparison_first_month,
    (y.last_month - interval '1 year')::date as comparison_last_month,
    p.months as comparison_months,
    p.energy as comparison_energy,
    p.energy_corrected as comparison_energy_corrected,
    p.fluids_cost as comparison_fluids_cost
  from years y
  left join lateral (
    select
      count(*)::integer as months,
      sum(m.energy) as energy,
      sum(m.energy_corrected) as energy_corrected,
      sum(m.fluids_cost) as fluids_cost
    from months m
    where m.commune_insee = y.commune_insee
      and m.month between (y.first_month - interval '1 year')::date and (y.last_month - interval '1 year')::date
  ) p on p.months = y.months
),

final as (
  select
    c.commune_insee,
    'fluids' as family,
    v.indicator,
    v.label,
    null::text as subject_id,
    null::text as subject_label,
    c.year,
    'year' as period_kind,
    c.first_month as period_start,
    (c.last_month + interval '1 month - 1 day')::date as period_end,
    round(v.value, v.decimals) as value,
    v.unit,
    round(v.comparison_value, v.decimals) as comparison_value,
    case when c.comparison_months is not null then c.comparison_first_month end as comparison_start,
    case when c.comparison_months is not null
      then (c.comparison_last_month + interval '1 month - 1 day')::date end as comparison_end,
    'relative' as change_kind,
    v.weather_corrected,
    true as is_public,
    null::text as status_override,
    v.sort_order
  from compared c
  cross join lateral (
    values
      ('fluids_cost', 'Coût des fluides', 'EUR', 2, c.fluids_cost, c.comparison_fluids_cost, false, 1),
      ('energy', 'Énergie consommée', 'kWh', 3, c.energy, c.comparison_energy, false, 2),
      ('energy_corrected', 'Énergie consommée, corrigée du climat', 'kWh', 3, c.energy_corrected,
       c.comparison_energy_corrected, true, 3)
  ) as v (indicator, label, unit, decimals, value, comparison_value, weather_corrected, sort_order)
  where v.value is not null
)

select * from final;
