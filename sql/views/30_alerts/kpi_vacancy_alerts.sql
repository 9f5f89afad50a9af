-- kpi_vacancy_alerts (alerts centre, family 'commerce', kind 'vacancy_spike'): one row per street and episode of
-- vacancy rising fast, from the street rows of analytics.kpi_commerce_vacancy_monthly (../shared/DOMAIN.md §3,
-- commercial vacancy: "which streets degrade"). Threshold per commune from analytics.stg_alert_thresholds
-- (default 5 percentage points).
-- A street-month crosses the threshold when the street has at least 10 premises (occupied + vacant) that month
-- (a fixed minimum: below it one closure moves the rate by more than 10 points) and its vacancy rate rose over 12
-- months (vacancy_rate_change_12m x 100, in percentage points, 2 decimals) by at least the threshold (a threshold
-- of 0 means any rise).
-- An episode is a run of consecutive crossing months (gaps and islands); it is listed when its last month is one
-- of the commune's last 12 months of series (the series ends at the month of the commune's latest status change),
-- and it keeps its true first month even when that is older, so alert_key (vacancy_spike|street|first month) stays
-- the same while the episode goes on.
--   value           the 12-month rise of the episode's last month, in points (7.14 = 7.14 percentage points): the
--                   rise from reference_value to current_value, so "+7,1 points (20,0 % → 27,1 %)" reads true (it
--                   was once the worst rise of the episode beside the rates of its last month: issue 12)
--   current_value   the vacancy rate at the episode's last month, a fraction (0.2833 = 28.33 %)
--   reference_value the vacancy rate 12 months before that month, a fraction
--   premises        premises of the street at the last month; months = length of the episode
create view analytics.kpi_vacancy_alerts as
with thresholds as (
  select commune_insee, threshold_value
  from analytics.stg_alert_thresholds
  where kind = 'vacancy_spike'
),

street_months as (
  select
    v.commune_insee,
    v.area_key as street,
    v.quartier,
    v.month,
    v.premises,
    v.vacancy_rate,
    v.vacancy_rate_12m_ago,
    round(v.vacancy_rate_change_12m * 100, 2) as change_points,
    max(v.month) over (partition by v.commune_insee) as commune_last_month
  from analytics.kpi_commerce_vacancy_monthly v
  where v.level = 'street'
),

crossings as (
  select
    s.*,
    t.threshold_value,
    (extract(year from s.month) * 12 + extract(month from s.month))::integer
      - row_number() over (partition by s.commune_insee, s.street order by s.month) as island
  from street_months s
  join thresholds t on t.commune_insee = s.commune_insee
  where s.premises >= 10 and s.change_points > 0 and s.change_points >= t.threshold_value
),

episodes as (
  select
    commune_insee,
    street,
    island,
    min(threshold_value) as threshold_value,
    min(month) as first_month,
    max(month) as last_month,
    max(commune_last_month) as commune_last_month,
    count(*)::integer as months,
    (array_agg(change_points order by month desc))[1] as last_points,
    (array_agg(quartier order by month desc))[1] as quartier,
    (array_agg(premises order by month desc))[1] as premises,
    (array_agg(vacancy_rate order by month desc))[1] as current_rate,
    (array_agg(vacancy_rate_12m_ago order by month desc))[1] as reference_rate
  from crossings
  group by commune_insee, street, island
),

final as (
  select
    e.commune_insee,
    concat_ws('|', 'vacancy_spike', e.street, to_char(e.first_month, 'YYYY-MM')) as alert_key,
    'commerce' as family,
    'vacancy_spike' as kind,
    e.street as subject_id,
    e.street as subject_label,
    e.quartier,
    e.street,
    to_char(e.first_month, 'YYYY-MM') as first_month,
    to_char(e.last_month, 'YYYY-MM') as last_month,
    e.last_points as value,
    'points' as unit,
    e.threshold_value,
    e.reference_rate as reference_value,
    e.current_rate as current_value,
    null::numeric as estimated_cost_eur,
    e.months,
    e.premises
  from episodes e
  where e.last_month > (e.commune_last_month - interval '12 months')::date
)

select * from final;
