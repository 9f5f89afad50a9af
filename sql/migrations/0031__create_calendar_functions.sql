-- The French calendar the flow counts are compared on (DOMAIN.md, flow counts: "year-on-year aligned on weekday
-- and holidays (French school holidays by zone; Lille is zone B)"). Functions, not views: the counts rollups keep
-- public holidays out of the hour x weekday profile, and those rollups are tables kept by triggers.

-- Easter Sunday of a Gregorian year (anonymous algorithm, Meeus/Jones/Butcher).
create function easter_sunday(y integer) returns date
language plpgsql immutable strict parallel safe as $$
declare
  a integer := y % 19;
  b integer := y / 100;
  c integer := y % 100;
  d integer := b / 4;
  e integer := b % 4;
  f integer := (b + 8) / 25;
  g integer := (b - f + 1) / 3;
  h integer := (19 * a + b - d - g + 15) % 30;
  i integer := c / 4;
  k integer := c % 4;
  l integer := (32 + 2 * e + 2 * i - h - k) % 7;
  m integer := (a + 11 * h + 22 * l) / 451;
begin
  return make_date(y, (h + l - 7 * m + 114) / 31, ((h + l - 7 * m + 114) % 31) + 1);
end
$$;

-- The name of the French public holiday (jour férié, metropolitan France outside Alsace-Moselle) falling on a day,
-- or null on an ordinary day. PL/pgSQL so Easter is computed once per call (it runs once per distinct day).
create function public_holiday_name(day date) returns text
language plpgsql immutable strict parallel safe as $$
declare
  easter date := easter_sunday(extract(year from day)::integer);
  md text := to_char(day, 'MM-DD');
begin
  return case
    when md = '01-01' then 'Jour de l''an'
    when day = easter + 1 then 'Lundi de Pâques'
    when md = '05-01' then 'Fête du Travail'
    when md = '05-08' then 'Victoire 1945'
    when day = easter + 39 then 'Ascension'
    when day = easter + 50 then 'Lundi de Pentecôte'
    when md = '07-14' then 'Fête nationale'
    when md = '08-15' then 'Assomption'
    when md = '11-01' then 'Toussaint'
    when md = '11-11' then 'Armistice 1918'
    when md = '12-25' then 'Noël'
  end;
end
$$;

-- Hours a local (Europe/Paris) calendar day has on the wall clock: 23 on the last Sunday of March, when clocks
-- jump from 02:00 to 03:00; 24 otherwise (the repeated hour of the October change is counted once, in one row).
create function wall_clock_hours(day date) returns integer
language sql immutable strict parallel safe as $$
  select case when extract(month from day) = 3 and extract(isodow from day) = 7 and extract(day from day) >= 25
    then 23 else 24 end
$$;

-- School holidays by zone, from the national calendars of the Ministry of Education (first day without class to
-- the day before classes resume; summer to the eve of the rentrée). Communes of the académie de Lille are zone B.
create table school_holidays (
  zone       text not null check (zone in ('A', 'B', 'C')),
  name       text not null,
  start_date date not null,
  end_date   date not null,
  primary key (zone, start_date),
  check (end_date >= start_date)
);

insert into school_holidays (zone, name, start_date, end_date) values
  ('B', 'Été 2019', '2019-07-06', '2019-09-01'),
  ('B', 'Toussaint 2019', '2019-10-19', '2019-11-03'),
  ('B', 'Noël 2019', '2019-12-21', '2020-01-05'),
  ('B', 'Hiver 2020', '2020-02-15', '2020-03-01'),
  ('B', 'Printemps 2020', '2020-04-11', '2020-04-26'),
  ('B', 'Été 2020', '2020-07-04', '2020-08-31'),
  ('B', 'Toussaint 2020', '2020-10-17', '2020-11-01'),
  ('B', 'Noël 2020', '2020-12-19', '2021-01-03'),
  ('B', 'Hiver 2021', '2021-02-20', '2021-03-07'),
  ('B', 'Printemps 2021', '2021-04-10', '2021-04-25'),
  ('B', 'Été 2021', '2021-07-06', '2021-09-01'),
  ('B', 'Toussaint 2021', '2021-10-23', '2021-11-07'),
  ('B', 'Noël 2021', '2021-12-18', '2022-01-02'),
  ('B', 'Hiver 2022', '2022-02-05', '2022-02-20'),
  ('B', 'Printemps 2022', '2022-04-09', '2022-04-24'),
  ('B', 'Été 2022', '2022-07-07', '2022-08-31'),
  ('B', 'Toussaint 2022', '2022-10-22', '2022-11-06'),
  ('B', 'Noël 2022', '2022-12-17', '2023-01-02'),
  ('B', 'Hiver 2023', '2023-02-11', '2023-02-26'),
  ('B', 'Printemps 2023', '2023-04-15', '2023-05-01'),
  ('B', 'Été 2023', '2023-07-08', '2023-09-03'),
  ('B', 'Toussaint 2023', '2023-10-21', '2023-11-05'),
  ('B', 'Noël 2023', '2023-12-23', '2024-01-07'),
  ('B', 'Hiver 2024', '2024-02-24', '2024-03-10'),
  ('B', 'Printemps 2024', '2024-04-20', '2024-05-05'),
  ('B', 'Été 2024', '2024-07-06', '2024-09-01'),
  ('B', 'Toussaint 2024', '2024-10-19', '2024-11-03'),
  ('B', 'Noël 2024', '2024-12-21', '2025-01-05'),
  ('B', 'Hiver 2025', '2025-02-08', '2025-02-23'),
  ('B', 'Printemps 2025', '2025-04-05', '2025-04-21'),
  ('B', 'Été 2025', '2025-07-05', '2025-08-31'),
  ('B', 'Toussaint 2025', '2025-10-18', '2025-11-02'),
  ('B', 'Noël 2025', '2025-12-20', '2026-01-04'),
  ('B', 'Hiver 2026', '2026-02-14', '2026-03-01'),
  ('B', 'Printemps 2026', '2026-04-11', '2026-04-26'),
  ('B', 'Été 2026', '2026-07-04', '2026-08-31'),
  ('B', 'Toussaint 2026', '2026-10-17', '2026-11-01'),
  ('B', 'Noël 2026', '2026-12-19', '2027-01-03');
