-- kpi_budget_programmes: one row per multi-year investment programme (autorisation de programme, AP) of a commune
-- (DOMAIN.md §1, "Programmes (AP/CP)"):
--   ap_amount_eur: the AP as currently voted; ap_initial_eur its first vote and ap_revision_eur the difference;
--   cp_executed_to_date: payment credits (CP) executed over all years so far; cp_planned_total: CP planned over the
--     programme's life; remaining_eur = AP - CP executed (what the AP still allows to spend);
--   progress_rate = CP executed / AP (fraction; above 1 means the AP was overrun: exceeds_ap);
--   planned_end_date vs expected_end_date (the planned one when no new forecast was given);
--   slippage_days = expected - planned end (positive = late) and slippage_months (days / 30.4375);
--   is_late: slipping and not done;
--   location: quartier (the programme's, else its building's), building, street, coordinates (the programme's,
--     else its building's).
-- Units: euros, days, months.
create view analytics.kpi_budget_programmes as
with credits as (
  select
    commune_insee,
    programme_id,
    sum(cp_executed_eur) as cp_executed,
    sum(cp_planned_eur) as cp_planned,
    min(year) as first_cp_year,
    max(year) as last_cp_year
  from programme_credits
  group by commune_insee, programme_id
),

located as (
  select
    p.*,
    coalesce(p.quartier_id, b.quartier_id) as located_quartier_id,
    b.name as building_name,
    coalesce(p.lat, b.lat) as located_lat,
    coalesce(p.lon, b.lon) as located_lon,
    coalesce(p.expected_end_date, p.planned_end_date) as forecast_end_date
  from programmes p
  left join buildings b on b.commune_insee = p.commune_insee and b.building_id = p.building_id
),

final as (
  select
    l.commune_insee,
    l.programme_id,
    l.name,
    l.description,
    l.status,
    l.function_code,
    left(l.function_code, 1) as function,
    coalesce(f1.label, 'Non ventilé') as function_label,
    l.located_quartier_id as quartier_id,
    q.name as quartier,
    l.building_id,
    l.building_name,
    l.street,
    l.located_lat as lat,
    l.located_lon as lon,
    l.ap_amount_eur,
    l.ap_initial_eur,
    l.ap_amount_eur - l.ap_initial_eur as ap_revision_eur,
    coalesce(c.cp_executed, 0) as cp_executed_to_date,
    coalesce(c.cp_planned, 0) as cp_planned_total,
    l.ap_amount_eur - coalesce(c.cp_executed, 0) as remaining_eur,
    round(coalesce(c.cp_executed, 0) / nullif(l.ap_amount_eur, 0), 4) as progress_rate,
    coalesce(c.cp_executed, 0) > l.ap_amount_eur as exceeds_ap,
    c.first_cp_year,
    c.last_cp_year,
    l.start_date,
    l.planned_end_date,
    l.forecast_end_date as expected_end_date,
    (l.forecast_end_date - l.planned_end_date) as slippage_days,
    round((l.forecast_end_date - l.planned_end_date) / 30.4375, 1) as slippage_months,
    (l.forecast_end_date > l.planned_end_date and l.status <> 'done') as is_late
  from located l
  left join credits c on c.commune_insee = l.commune_insee and c.programme_id = l.programme_id
  left join quartiers q on q.id = l.located_quartier_id
  left join budget_functions f1 on f1.nomenclature = 'M57' and f1.code = left(l.function_code, 1)
)

select * from final;
