-- stg_readings_monthly: one row per building, fluid and calendar month.
-- Bills rarely follow calendar months: each bill (period_end inclusive, as on French bills) is spread over the
-- months it covers in proportion to its days (DOMAIN.md, fluids). days_covered tells how much of the month the
-- bills cover (a month with fewer covered days than it has is incomplete).
-- Units: quantity in the meter's unit (kWh or m3), amount_eur in euros TTC.
create view analytics.stg_readings_monthly as
with bills as (
  select
    commune_insee, building_id, fluid, unit, period_start, period_end, quantity, amount_eur,
    (period_end - period_start + 1) as bill_days
  from meter_readings
),

split as (
  select
    b.commune_insee, b.building_id, b.fluid, b.unit, b.quantity, b.amount_eur, b.bill_days,
    m::date as month,
    least(b.period_end, (m + interval '1 month - 1 day')::date) - greatest(b.period_start, m::date) + 1 as part_days
  from bills b
  cross join lateral generate_series(
    date_trunc('month', b.period_start), date_trunc('month', b.period_end), interval '1 month'
  ) as m
),

final as (
  select
    commune_insee,
    building_id,
    fluid,
    unit,
    month,
    sum(quantity * part_days / bill_days) as quantity,
    sum(amount_eur * part_days / bill_days) as amount_eur,
    sum(part_days)::integer as days_covered,
    extract(day from (month + interval '1 month - 1 day'))::integer as days_in_month
  from split
  group by commune_insee, building_id, fluid, unit, month
)

select * from final;
