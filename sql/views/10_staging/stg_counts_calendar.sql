-- stg_counts_calendar: one row per calendar day from 2010 to 2035, what a flow comparison must align on.
-- day_type: 'public_holiday' (French jours fériés, public_holiday_name()), 'sunday', 'saturday' or 'weekday';
-- school_holiday: name of the zone B school holiday period covering the day (académie de Lille), null in term time
-- or outside the calendars loaded in school_holidays; same_weekday_last_year: day - 364, the same weekday 52 weeks
-- earlier; wall_clock_hours: 23 on the day clocks go forward, 24 otherwise. DOMAIN.md §4, flow counts.
-- Materialized: it never changes between migrations and every year-on-year comparison joins it twice.
create materialized view analytics.stg_counts_calendar as
with days as (
  select d::date as day
  from generate_series(date '2010-01-01', date '2035-12-31', interval '1 day') as d
),

final as (
  select
    d.day,
    extract(isodow from d.day)::integer as isodow,
    public_holiday_name(d.day) as public_holiday,
    h.name as school_holiday,
    case
      when public_holiday_name(d.day) is not null then 'public_holiday'
      when extract(isodow from d.day) = 7 then 'sunday'
      when extract(isodow from d.day) = 6 then 'saturday'
      else 'weekday'
    end as day_type,
    (d.day - 364) as same_weekday_last_year,
    wall_clock_hours(d.day) as wall_clock_hours
  from days d
  left join school_holidays h on h.zone = 'B' and d.day between h.start_date and h.end_date
)

select * from final;

create unique index stg_counts_calendar_pk on analytics.stg_counts_calendar (day);
