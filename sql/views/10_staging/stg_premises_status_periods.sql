-- stg_premises_status_periods: one row per premises and status period.
-- Each dated status change in premises_status holds until the day before the next one (valid_to null = still
-- current). The basis of every vacancy KPI: the status of a premises at date d is the period with
-- valid_from <= d and (valid_to is null or valid_to >= d). DOMAIN.md, commercial vacancy.
create view analytics.stg_premises_status_periods as
with changes as (
  select
    commune_insee, premises_id, valid_from, status, activity,
    lead(valid_from) over (partition by commune_insee, premises_id order by valid_from) as next_from
  from premises_status
),

final as (
  select
    commune_insee,
    premises_id,
    valid_from,
    (next_from - 1) as valid_to,
    status,
    activity
  from changes
)

select * from final;
