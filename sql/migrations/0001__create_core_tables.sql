-- Core model of Pilotage: communes, quartiers and the facts of the four KPI families.
-- Every fact row carries commune_insee: it lets communes be compared on identical indicators and is the
-- distribution key if the data is ever sharded (Citus). See ../shared/DOMAIN.md for the definitions.

create table communes (
  insee_code    text primary key check (insee_code ~ '^[0-9][0-9AB][0-9]{3}$'),
  name          text not null,
  siren         text check (siren ~ '^[0-9]{9}$'),
  population    integer check (population >= 0),
  weather_station text,
  is_demo       boolean not null default false,
  geometry      jsonb
);

-- One row per import run (a file landed, or refused). Fact rows point back to the import that wrote them.
create table imports (
  id            bigserial primary key,
  kind          text not null,
  commune_insee text references communes (insee_code),
  file_name     text,
  file_sha256   text,
  status        text not null check (status in ('running', 'landed', 'refused', 'rolled_back')),
  rows_read     integer not null default 0,
  rows_written  integer not null default 0,
  errors        jsonb not null default '[]'::jsonb,
  imported_by   text not null default 'cli',
  started_at    timestamptz not null default now(),
  finished_at   timestamptz
);
create index imports_kind_commune_idx on imports (kind, commune_insee, started_at desc);

create table quartiers (
  id            bigserial primary key,
  commune_insee text not null references communes (insee_code),
  name          text not null,
  population    integer check (population >= 0),
  synthetic     boolean not null default false,
  geometry      jsonb not null,
  import_id     bigint references imports (id),
  unique (commune_insee, name)
);

-- Municipal buildings and equipment.
create table buildings (
  commune_insee  text not null references communes (insee_code),
  building_id    text not null,
  name           text not null,
  type           text not null check (type in (
    'school', 'nursery', 'gym', 'pool', 'library', 'town_hall', 'office', 'culture', 'social', 'technical', 'other')),
  heated_area_m2 numeric(12, 2) check (heated_area_m2 > 0),
  address        text,
  lat            double precision check (lat between -90 and 90),
  lon            double precision check (lon between -180 and 180),
  quartier_id    bigint references quartiers (id),
  import_id      bigint references imports (id),
  primary key (commune_insee, building_id)
);
create index buildings_quartier_idx on buildings (quartier_id);

create table meters (
  commune_insee text not null,
  building_id   text not null,
  fluid         text not null check (fluid in ('electricity', 'gas', 'heat', 'fuel_oil', 'water')),
  unit          text not null check (unit in ('kWh', 'm3')),
  primary key (commune_insee, building_id, fluid),
  foreign key (commune_insee, building_id) references buildings (commune_insee, building_id) on delete cascade
);

-- Bills and meter readings as they arrive: a period (end inclusive, as on French bills), a quantity, an amount.
-- Monthly figures are prorated by days in the staging views.
create table meter_readings (
  commune_insee text not null,
  building_id   text not null,
  fluid         text not null,
  period_start  date not null,
  period_end    date not null,
  quantity      numeric(16, 3) not null,
  unit          text not null check (unit in ('kWh', 'm3')),
  amount_eur    numeric(14, 2),
  index_reset   boolean not null default false,
  import_id     bigint references imports (id),
  primary key (commune_insee, building_id, fluid, period_start, period_end),
  check (period_end >= period_start),
  foreign key (commune_insee, building_id, fluid) references meters (commune_insee, building_id, fluid) on delete cascade
);

-- Monthly heating degree-days (base 18 °C) of the commune's reference weather station.
create table degree_days (
  commune_insee text not null references communes (insee_code),
  month         date not null check (extract(day from month) = 1),
  dju           numeric(7, 1) not null check (dju >= 0),
  station       text,
  import_id     bigint references imports (id),
  primary key (commune_insee, month)
);

-- Budget lines in the shape of the SCDL "budget" schema (one row per line of a budget document).
create table budget_lines (
  commune_insee   text not null references communes (insee_code),
  year            integer not null check (year between 1990 and 2100),
  stage           text not null check (stage in ('BP', 'BS', 'DM', 'CA')),
  document_seq    integer not null default 1,
  section         text not null check (section in ('F', 'I')),
  direction       text not null check (direction in ('R', 'D')),
  is_real         boolean not null,
  account         text not null,
  account_label   text,
  chapter         text not null,
  function_code   text not null default '',
  operation       text not null default '',
  amount_voted    numeric(16, 2) not null default 0,
  amount_open     numeric(16, 2),
  amount_executed numeric(16, 2),
  carry_prev      numeric(16, 2) not null default 0,
  carry_next      numeric(16, 2) not null default 0,
  import_id       bigint references imports (id),
  primary key (commune_insee, year, stage, document_seq, section, direction, is_real, account, function_code, operation)
);
create index budget_lines_chapter_idx on budget_lines (commune_insee, year, chapter);

-- Outstanding debt at 31/12 (debt annex of the accounts).
create table debt_outstanding (
  commune_insee  text not null references communes (insee_code),
  year           integer not null,
  outstanding_eur numeric(16, 2) not null check (outstanding_eur >= 0),
  import_id      bigint references imports (id),
  primary key (commune_insee, year)
);

-- Multi-year investment programmes (autorisations de programme) and their yearly payment credits.
create table programmes (
  commune_insee      text not null references communes (insee_code),
  programme_id       text not null,
  name               text not null,
  description        text,
  function_code      text,
  quartier_id        bigint references quartiers (id),
  building_id        text,
  street             text,
  lat                double precision,
  lon                double precision,
  ap_amount_eur      numeric(16, 2) not null check (ap_amount_eur >= 0),
  start_date         date not null,
  planned_end_date   date not null,
  expected_end_date  date,
  status             text not null default 'in_progress' check (status in ('planned', 'in_progress', 'done', 'suspended')),
  import_id          bigint references imports (id),
  primary key (commune_insee, programme_id)
);

create table programme_credits (
  commune_insee   text not null,
  programme_id    text not null,
  year            integer not null,
  cp_planned_eur  numeric(16, 2) not null default 0,
  cp_executed_eur numeric(16, 2) not null default 0,
  import_id       bigint references imports (id),
  primary key (commune_insee, programme_id, year),
  foreign key (commune_insee, programme_id) references programmes (commune_insee, programme_id) on delete cascade
);

-- Shop premises (cellules commerciales) and their dated status history.
create table premises (
  commune_insee text not null references communes (insee_code),
  premises_id   text not null,
  address       text,
  street        text not null,
  quartier_id   bigint references quartiers (id),
  lat           double precision,
  lon           double precision,
  surface_m2    numeric(10, 2) check (surface_m2 > 0),
  ground_floor  boolean not null default true,
  import_id     bigint references imports (id),
  primary key (commune_insee, premises_id)
);
create index premises_street_idx on premises (commune_insee, street);

create table premises_status (
  commune_insee text not null,
  premises_id   text not null,
  valid_from    date not null,
  status        text not null check (status in ('occupied', 'vacant', 'works', 'closed')),
  activity      text,
  import_id     bigint references imports (id),
  primary key (commune_insee, premises_id, valid_from),
  foreign key (commune_insee, premises_id) references premises (commune_insee, premises_id) on delete cascade
);

-- Counting sites (pedestrian, bike, car counters and facility entries) and their hourly counts.
create table counting_sites (
  commune_insee text not null references communes (insee_code),
  site_id       text not null,
  name          text not null,
  kind          text not null check (kind in ('pedestrian', 'bike', 'car', 'facility')),
  street        text,
  zone          text,
  quartier_id   bigint references quartiers (id),
  building_id   text,
  lat           double precision,
  lon           double precision,
  installed_on  date,
  import_id     bigint references imports (id),
  primary key (commune_insee, site_id)
);

-- One row per site and hour. A missing row is a gap (no data), never zero traffic; a faulty hour is kept with
-- status 'fault' so completeness can be reported.
create table counts_hourly (
  commune_insee text not null,
  site_id       text not null,
  hour          timestamp not null check (date_trunc('hour', hour) = hour),
  count         integer check (count >= 0),
  status        text not null default 'ok' check (status in ('ok', 'fault')),
  import_id     bigint,
  primary key (commune_insee, site_id, hour)
);

-- Works, events and other interventions whose impact on footfall or vacancy can be analysed.
create table interventions (
  commune_insee text not null references communes (insee_code),
  intervention_id text not null,
  name          text not null,
  kind          text not null check (kind in ('works', 'event', 'bike_lane', 'other')),
  street        text,
  quartier_id   bigint references quartiers (id),
  start_date    date not null,
  end_date      date not null,
  site_ids      text[] not null default '{}',
  import_id     bigint references imports (id),
  primary key (commune_insee, intervention_id),
  check (end_date >= start_date)
);
