-- kpi_budget_programme_years: one row per programme (AP) and year of payment credits (CP) (DOMAIN.md §1,
-- "Programmes (AP/CP)"): cp_planned_eur and cp_executed_eur of the year, cp_executed_cumulative up to that year,
-- execution_rate = executed / planned (fraction, null when nothing was planned), the programme's AP and where it
-- is (quartier, else its building's quartier), so a map can list what a quartier received a given year.
-- Units: euros.
create view analytics.kpi_budget_programme_years as
with credits as (
  select * from programme_credits
),

final as (
  select
    c.commune_insee,
    c.programme_id,
    p.name,
    p.status,
    c.year,
    c.cp_planned_eur,
    c.cp_executed_eur,
    sum(c.cp_executed_eur) over (partition by c.commune_insee, c.programme_id order by c.year) as cp_executed_cumulative,
    round(c.cp_executed_eur / nullif(c.cp_planned_eur, 0), 4) as execution_rate,
    p.ap_amount_eur,
    coalesce(p.quartier_id, b.quartier_id) as quartier_id,
    q.name as quartier,
    p.building_id,
    b.name as building_name,
    p.street
  from credits c
  join programmes p on p.commune_insee = c.commune_insee and p.programme_id = c.programme_id
  left join buildings b on b.commune_insee = p.commune_insee and b.building_id = p.building_id
  left join quartiers q on q.id = coalesce(p.quartier_id, b.quartier_id)
)

select * from final;
