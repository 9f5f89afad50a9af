-- stg_fluids_monthly: one row per meter (building and fluid) and calendar month, on a complete calendar from the
-- meter's first bill to the commune's latest complete month (a month with no bill is a row with null quantity).
-- Materialized: it holds the robust statistics every fluids KPI and alert reads; refreshed after readings and
-- degree-days imports and after the demo load (fluids-rollups.ts, db/rollups.ts).
-- Units: quantity in the meter's unit (kWh or m3), amount_eur in EUR TTC, dju in degree-days base 18 °C.
-- Definitions (../shared/DOMAIN.md, "2. Fluids of public buildings"):
--  * proration: each bill (period_end inclusive) is spread over the months it covers in proportion to its days, as
--    in stg_readings_monthly; overlapping bills are summed AND flagged, never silently dropped.
--  * data quality: covered_days = days billed minus days billed twice (overlaps); missing_days = days of the month
--    no bill covers, up to the commune's latest complete month (horizon_month), except the days after a meter's last
--    bill when it ends within 62 days of the commune's latest bill (the next bill is simply not due yet: supplier
--    periods end mid-month), and the days before the meter's first bill; long_bill = a bill touching the month is longer than 65 days (EPA Portfolio Manager
--    rule); index_reset = a bill says the meter was reset, or its index goes backwards within the bill or from the
--    previous bill.
--  * weather correction (heating fluids gas, heat, fuel_oil only; electricity and water are not corrected):
--    the meter's energy signature of the year, daily consumption = base + slope x daily DJU (least squares over the
--    reliable months; the pooled slope over all years when a year has fewer than 6 reliable months; 0 when not
--    positive), gives the heating share; corrected = quantity - slope x (DJU - normal DJU) x covered/days, i.e. the
--    heating share scaled by normal/actual DJU. Normal DJU = the mean DJU of that calendar month over the years known.
--  * reliable: the month is complete, no bill touching it is longer than 65 days (its split is then a guess) and no
--    day is billed twice. Only reliable months feed the baselines and are scored.
--  * robust baseline: median and MAD of the corrected quantity of the same calendar month in up to 5 previous years
--    (reliable months only); robust_z = (corrected - median) / max(1.4826 x MAD, 5 % of the median, half the month's
--    weather correction, as the correction is itself uncertain in a month far from normal); anomalous when at least 3
--    previous years are known and robust_z > 3.5 (Iglewicz-Hoaglin modified z-score).
--  * excess_quantity = corrected - median when anomalous; excess_cost_eur = excess x the month's unit price (the
--    meter's average price when the month has no amount).
create materialized view analytics.stg_fluids_monthly as
with ordered as (
  select
    r.*,
    -- the latest end among the meter's bills so far (a running max: incremental, unlike a frame ending 1 preceding)
    max(r.period_end) over meter as running_end,
    lag(r.index_end) over meter as previous_index_end
  from meter_readings r
  window meter as (partition by r.commune_insee, r.building_id, r.fluid order by r.period_start, r.period_end)
),

bills as (
  select
    o.commune_insee, o.building_id, o.fluid, o.period_start, o.period_end, o.quantity, o.amount_eur,
    (o.period_end - o.period_start + 1) as bill_days,
    -- how many calendar months after its first one the bill reaches
    ((extract(year from o.period_end) - extract(year from o.period_start)) * 12
      + extract(month from o.period_end) - extract(month from o.period_start))::integer as month_span,
    -- the latest end among the meter's earlier bills: days up to it are billed twice
    lag(o.running_end) over (partition by o.commune_insee, o.building_id, o.fluid order by o.period_start, o.period_end)
      as previous_end,
    coalesce(o.index_reset, false)
      or coalesce(o.index_end < o.index_start, false)
      or coalesce(o.index_start < o.previous_index_end, false) as index_reset
  from ordered o
),

split as (
  select
    b.commune_insee, b.building_id, b.fluid, b.quantity, b.amount_eur, b.bill_days, b.index_reset,
    m.month,
    least(b.period_end, (m.month + interval '1 month - 1 day')::date) - greatest(b.period_start, m.month) + 1 as part_days,
    greatest(0,
      least(b.period_end, coalesce(b.previous_end, b.period_start - 1), (m.month + interval '1 month - 1 day')::date)
        - greatest(b.period_start, m.month) + 1
    ) as overlap_days
  from bills b
  cross join lateral generate_series(0, b.month_span) as k
  cross join lateral (select (date_trunc('month', b.period_start) + k * interval '1 month')::date as month) m
),

horizon as (
  -- the last month whose last day the commune's bills reach
  select commune_insee, max(period_end) as commune_last_end,
    (date_trunc('month', max(period_end) + 1) - interval '1 month')::date as horizon_month
  from meter_readings
  group by commune_insee
),

weather as (
  select commune_insee, month, dju, avg(dju) over (partition by commune_insee, extract(month from month)) as dju_normal
  from degree_days
),

calendar as (
  -- every month from the meter's first bill to its last or to the commune's horizon, whichever is later, with the
  -- meter's unit, the horizon and the month's degree-days
  select
    span.commune_insee, span.building_id, span.fluid, span.unit, h.horizon_month, all_months.month, w.dju, w.dju_normal,
    -- a meter whose last bill ends within 62 days of the commune's latest bill is waiting for its next bill: the
    -- days after its last bill are not missing yet (supplier periods often end mid-month)
    case when h.commune_last_end - span.last_end <= 62 then span.last_end end as awaiting_after,
    -- days before the meter's first bill are before its history, not missing
    span.first_start
  from (
    select commune_insee, building_id, fluid, max(unit) as unit, min(period_start) as first_start, max(period_end) as last_end,
      date_trunc('month', min(period_start))::date as first_month, date_trunc('month', max(period_end))::date as last_month
    from meter_readings
    group by commune_insee, building_id, fluid
  ) span
  join horizon h using (commune_insee)
  join (
    select generate_series(date_trunc('month', min(period_start)), max(period_end), interval '1 month')::date as month
    from meter_readings
  ) all_months on all_months.month between span.first_month and greatest(span.last_month, h.horizon_month)
  left join weather w on w.commune_insee = span.commune_insee and w.month = all_months.month
),

pieces as (
  -- each bill's share of each month, plus one piece per calendar month (with the month's context) so that every
  -- month exists, billed or not: one aggregation, no join after it
  select commune_insee, building_id, fluid, month,
    quantity * part_days / bill_days as quantity, amount_eur * part_days / bill_days as amount_eur,
    part_days, overlap_days, 1 as bill, bill_days > 65 as long_bill, index_reset,
    null::text as unit, null::date as horizon_month, null::numeric as dju, null::numeric as dju_normal,
    null::date as awaiting_after, null::date as first_start
  from split
  union all
  select commune_insee, building_id, fluid, month, null, null, 0, 0, 0, false, false, unit, horizon_month, dju, dju_normal,
    awaiting_after, first_start
  from calendar
),

months as (
  select
    commune_insee, building_id, fluid, max(unit) as unit, month, max(horizon_month) as horizon_month,
    extract(year from month)::integer as year,
    extract(month from month)::integer as month_of_year,
    extract(day from (month + interval '1 month - 1 day'))::integer as days_in_month,
    sum(quantity) as quantity,
    sum(amount_eur) as amount_eur,
    sum(part_days)::integer as days_billed,
    sum(overlap_days)::integer as overlap_days,
    (sum(part_days) - sum(overlap_days))::integer as covered_days,
    sum(bill)::integer as bills,
    bool_or(long_bill) as long_bill,
    bool_or(index_reset) as index_reset,
    max(dju) as dju,
    max(dju_normal) as dju_normal,
    max(awaiting_after) as awaiting_after,
    max(first_start) as first_start
  from pieces
  group by commune_insee, building_id, fluid, month
),

flagged as (
  select
    m.*,
    m.covered_days >= m.days_in_month as complete,
    m.covered_days >= m.days_in_month and not m.long_bill and m.overlap_days = 0 as reliable,
    case
      when m.month > m.horizon_month then 0
      else greatest(0, m.days_in_month - m.covered_days
        - greatest(0, m.first_start - m.month)
        - case when m.awaiting_after is null then 0
            else greatest(0, (m.month + interval '1 month - 1 day')::date - greatest(m.awaiting_after, m.month - 1)) end)
    end as missing_days
  from months m
),

signature_year as (
  select commune_insee, building_id, fluid, year,
    regr_slope(quantity / days_in_month, dju / days_in_month) as slope,
    count(*) as points
  from flagged
  where reliable and dju is not null and fluid in ('gas', 'heat', 'fuel_oil')
  group by commune_insee, building_id, fluid, year
),

signature_all as (
  select commune_insee, building_id, fluid, regr_slope(quantity / days_in_month, dju / days_in_month) as slope
  from flagged
  where reliable and dju is not null and fluid in ('gas', 'heat', 'fuel_oil')
  group by commune_insee, building_id, fluid
),

corrected as (
  select
    f.*,
    coalesce(greatest(case when sy.points >= 6 then sy.slope else sa.slope end, 0), 0) as heating_slope,
    sum(f.amount_eur) over meter_all / nullif(sum(f.quantity) filter (where f.amount_eur is not null) over meter_all, 0)
      as meter_unit_price
  from flagged f
  left join signature_year sy using (commune_insee, building_id, fluid, year)
  left join signature_all sa using (commune_insee, building_id, fluid)
  window meter_all as (partition by f.commune_insee, f.building_id, f.fluid)
),

normalised as (
  select
    c.*,
    case
      when c.quantity is null then null
      when c.dju is null or c.dju_normal is null then c.quantity
      else greatest(0, c.quantity - c.heating_slope::numeric * (c.dju - c.dju_normal) * c.covered_days / c.days_in_month)
    end as corrected_quantity,
    coalesce(c.amount_eur / nullif(c.quantity, 0), c.meter_unit_price) as unit_price
  from corrected c
),

history as (
  select
    n.*,
    lag(n.quantity, 12) over meter as quantity_previous_year,
    lag(n.amount_eur, 12) over meter as amount_previous_year,
    lag(n.corrected_quantity, 12) over meter as corrected_previous_year,
    -- the same calendar month of the 5 previous years, reliable months only (lags, not a moving frame: much faster)
    array_remove(array[
      lag(n.reliable_quantity, 1) over same_month, lag(n.reliable_quantity, 2) over same_month,
      lag(n.reliable_quantity, 3) over same_month, lag(n.reliable_quantity, 4) over same_month,
      lag(n.reliable_quantity, 5) over same_month
    ], null) as previous_values
  from (select *, case when reliable then corrected_quantity end as reliable_quantity from normalised) n
  window
    meter as (partition by n.commune_insee, n.building_id, n.fluid order by n.month),
    same_month as (partition by n.commune_insee, n.building_id, n.fluid, n.month_of_year order by n.month)
),

baseline as (
  select h.*, med.baseline_years, med.baseline_median, mad.baseline_mad
  from history h
  left join lateral (
    select count(*)::integer as baseline_years, percentile_cont(0.5) within group (order by v)::numeric as baseline_median
    from unnest(h.previous_values) as v
  ) med on true
  left join lateral (
    select percentile_cont(0.5) within group (order by abs(v - med.baseline_median))::numeric as baseline_mad
    from unnest(h.previous_values) as v
  ) mad on true
),

scored as (
  select
    b.*,
    case when b.reliable and b.baseline_years >= 3 and b.baseline_median > 0 then
      (b.corrected_quantity - b.baseline_median) / greatest(
        1.4826 * b.baseline_mad,
        0.05 * b.baseline_median,
        -- the weather correction itself is uncertain in a month far from its normal: half of it counts as noise
        0.5 * b.heating_slope * abs(coalesce(b.dju - b.dju_normal, 0)) * b.covered_days / b.days_in_month
      )
    end as robust_z
  from baseline b
),

final as (
  select
    commune_insee,
    building_id,
    fluid,
    unit,
    month,
    year,
    month_of_year,
    days_in_month,
    quantity,
    amount_eur,
    bills,
    days_billed,
    covered_days,
    overlap_days,
    missing_days,
    complete,
    reliable,
    long_bill,
    index_reset,
    (overlap_days > 0 or missing_days > 0 or long_bill or index_reset) as has_quality_issue,
    horizon_month,
    dju,
    dju_normal,
    heating_slope,
    corrected_quantity,
    unit_price,
    quantity_previous_year,
    amount_previous_year,
    corrected_previous_year,
    baseline_years,
    baseline_median,
    baseline_mad,
    robust_z,
    coalesce(robust_z > 3.5, false) as anomalous,
    case when robust_z > 3.5 then round((corrected_quantity - baseline_median)::numeric, 3) end as excess_quantity,
    case when robust_z > 3.5 then round(((corrected_quantity - baseline_median) * unit_price)::numeric, 2) end as excess_cost_eur
  from scored
)

select * from final;

create unique index stg_fluids_monthly_pk on analytics.stg_fluids_monthly (commune_insee, building_id, fluid, month);
create index stg_fluids_monthly_commune_month_idx on analytics.stg_fluids_monthly (commune_insee, month);
create index stg_fluids_monthly_flags_idx on analytics.stg_fluids_monthly (commune_insee, building_id, fluid, month)
  where anomalous or has_quality_issue;
