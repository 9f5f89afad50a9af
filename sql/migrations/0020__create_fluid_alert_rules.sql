-- Fluids (issue 5): what the finance agent sets and records beside the bills. See docs/fluids.md and
-- ../shared/DOMAIN.md (fluids).
--  * buildings.tertiary_reference_year: the décret tertiaire reference year chosen for the building (2010-2019,
--    décret n° 2019-771); when null the views take the first complete year of 2010-2019 it has bills for.
--  * meter_readings.index_start / index_end: meter indexes printed on the bill, when the file gives them, so that a
--    meter reset or replacement (an index going backwards) is flagged instead of read as consumption; a bill covers
--    at most 731 days.
--  * fluid_alert_rules: thresholds per building or per building type, in % (vs the same month a year earlier) or
--    absolute (per month), on quantities or euros.
--  * fluid_alert_acknowledgements: alerts an agent has seen and dealt with, keyed by the alert's stable key.

alter table buildings
  add column tertiary_reference_year integer check (tertiary_reference_year between 2010 and 2019);

alter table meter_readings
  add column index_start numeric(16, 3),
  add column index_end   numeric(16, 3),
  -- a bill covers at most two years (731 days): longer periods are not bills, and the monthly split relies on it
  add constraint meter_readings_period_max check (period_end - period_start < 731);

create table fluid_alert_rules (
  id              bigserial primary key,
  commune_insee   text not null references communes (insee_code),
  building_id     text,
  building_type   text check (building_type in (
    'school', 'nursery', 'gym', 'pool', 'library', 'town_hall', 'office', 'culture', 'social', 'technical', 'other')),
  -- null: every fluid of the building(s)
  fluid           text check (fluid in ('electricity', 'gas', 'heat', 'fuel_oil', 'water')),
  measure         text not null default 'quantity' check (measure in ('quantity', 'amount_eur')),
  -- percent: the month exceeds the same month a year earlier by more than threshold_value %;
  -- absolute: the month exceeds threshold_value (kWh, m3 or EUR, per month)
  threshold_kind  text not null check (threshold_kind in ('percent', 'absolute')),
  threshold_value numeric(14, 3) not null check (threshold_value > 0),
  label           text check (length(label) <= 200),
  created_by      text not null default 'api',
  created_at      timestamptz not null default now(),
  check ((building_id is null) <> (building_type is null)),
  foreign key (commune_insee, building_id) references buildings (commune_insee, building_id) on delete cascade
);
create index fluid_alert_rules_commune_idx on fluid_alert_rules (commune_insee);

create table fluid_alert_acknowledgements (
  commune_insee   text not null references communes (insee_code),
  -- kind|building_id|fluid|first month of the episode (YYYY-MM)[|rule id]: stable while the episode goes on
  alert_key       text not null,
  building_id     text not null,
  fluid           text not null,
  kind            text not null,
  comment         text check (length(comment) <= 1000),
  acknowledged_by text not null default 'api',
  acknowledged_at timestamptz not null default now(),
  primary key (commune_insee, alert_key),
  foreign key (commune_insee, building_id) references buildings (commune_insee, building_id) on delete cascade
);

-- The monthly staging reads bills per commune and meter.
create index meter_readings_commune_idx on meter_readings (commune_insee, period_end);
