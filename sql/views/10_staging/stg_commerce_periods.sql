-- stg_commerce_periods: one row per shop premises and status period, with what the vacancy KPIs need beside it.
-- Grain: (commune_insee, premises_id, valid_from). A dated status change holds until the day before the next one
-- (valid_to null = still current). previous_status is the status of the period before (null for the first known
-- one): openings and closures are read from it. vacant_since is the first day of the vacancy spell a vacant period
-- belongs to (consecutive vacant periods form one spell), so durations run from the start of the spell.
-- Only ground-floor premises are shop premises in the vacancy sense (DOMAIN.md §3, commercial vacancy).
create view analytics.stg_commerce_periods as
with changes as (
  select
    commune_insee, premises_id, valid_from, status, activity,
    lead(valid_from) over w as next_from,
    lag(status) over w as previous_status,
    case when status = 'vacant' and lag(status) over w is distinct from 'vacant' then valid_from end as spell_start
  from premises_status
  window w as (partition by commune_insee, premises_id order by valid_from)
),

spells as (
  select
    *,
    case when status = 'vacant' then
      max(spell_start) over (partition by commune_insee, premises_id order by valid_from)
    end as vacant_since
  from changes
),

final as (
  select
    s.commune_insee,
    s.premises_id,
    p.address,
    p.street,
    p.quartier_id,
    q.name as quartier,
    p.lat,
    p.lon,
    p.surface_m2,
    s.valid_from,
    (s.next_from - 1) as valid_to,
    s.status,
    s.activity,
    s.previous_status,
    s.vacant_since
  from spells s
  join premises p on p.commune_insee = s.commune_insee and p.premises_id = s.premises_id
  left join quartiers q on q.id = p.quartier_id
  where p.ground_floor
)

select * from final;
