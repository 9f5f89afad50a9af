-- Alerts centre (issue 7): the alerts of the budget (AP/CP programmes), commerce (vacancy per street) and flows
-- (footfall per counting site) families, beside the fluids alerts of migration 0020. See docs/alerts.md.
--  * alert_thresholds: the threshold an agent set for a commune and an alert kind. A missing row means the default,
--    which lives in one place, the view analytics.stg_alert_thresholds: programme_overrun 0 (%),
--    programme_slippage 6 (months), vacancy_spike 5 (percentage points), footfall_drop 20 (%).
--    Changes are written to the audit log (action 'alert.threshold', old and new values).
--  * alert_acknowledgements: alerts an agent has seen and dealt with, keyed by the alert's stable key
--    (kind|subject|first month, or kind|programme for programmes), with an optional note. An acknowledgement holds
--    while the episode goes on; a new episode has a new key and opens again.

create table alert_thresholds (
  commune_insee   text not null references communes (insee_code),
  kind            text not null
    check (kind in ('programme_overrun', 'programme_slippage', 'vacancy_spike', 'footfall_drop')),
  -- % for programme_overrun and footfall_drop, months for programme_slippage, percentage points for vacancy_spike
  threshold_value numeric(10, 3) not null check (threshold_value >= 0 and threshold_value <= 1000),
  updated_by      text not null,
  updated_at      timestamptz not null default now(),
  primary key (commune_insee, kind)
);

create table alert_acknowledgements (
  commune_insee   text not null references communes (insee_code),
  alert_key       text not null,
  family          text not null check (family in ('budget', 'commerce', 'flows')),
  kind            text not null
    check (kind in ('programme_overrun', 'programme_slippage', 'vacancy_spike', 'footfall_drop')),
  comment         text check (length(comment) <= 1000),
  acknowledged_by text not null,
  acknowledged_at timestamptz not null default now(),
  primary key (commune_insee, alert_key)
);
