-- stg_alert_thresholds: the threshold in force for every commune and alert kind of the alerts centre, one row per
-- commune and kind (docs/alerts.md; ../shared/DOMAIN.md: "alerts on overruns", "which streets degrade", flow counts).
-- The defaults live here and only here; an agent's value (table alert_thresholds, set through
-- PUT /api/v1/alerts/thresholds/{kind}) replaces the default for its commune. An alert is raised when its value
-- reaches the threshold and is positive (a threshold of 0 means any overrun, delay, rise or fall):
--   programme_overrun   0 %       CP executed to date, or CP planned over the programme's life, above the AP by at
--                                 least X % of the AP (§1, Programmes AP/CP)
--   programme_slippage  6 months  the expected end date at least X months after the planned end date, the
--                                 programme not done (§1)
--   vacancy_spike       5 points  the vacancy rate of a street of at least 10 premises up by at least X percentage
--                                 points over 12 months (§3)
--   footfall_drop       20 %      a counting site's mean daily count (complete days) in a month down by at least
--                                 X % from the same month a year earlier, both months at least 80 % complete (§4)
-- threshold_value is the value in force, default_value the default, is_default whether no agent changed it;
-- updated_by / updated_at are null for a default. unit: '%', 'months' or 'points'.
create view analytics.stg_alert_thresholds as
with kinds (kind, family, unit, default_value, sort_order) as (
  values
    ('programme_overrun', 'budget', '%', 0::numeric, 1),
    ('programme_slippage', 'budget', 'months', 6::numeric, 2),
    ('vacancy_spike', 'commerce', 'points', 5::numeric, 3),
    ('footfall_drop', 'flows', '%', 20::numeric, 4)
),

final as (
  select
    c.insee_code as commune_insee,
    k.kind,
    k.family,
    k.unit,
    coalesce(t.threshold_value, k.default_value) as threshold_value,
    k.default_value,
    t.threshold_value is null as is_default,
    t.updated_by,
    t.updated_at,
    k.sort_order
  from communes c
  cross join kinds k
  left join alert_thresholds t on t.commune_insee = c.insee_code and t.kind = k.kind
)

select * from final;
