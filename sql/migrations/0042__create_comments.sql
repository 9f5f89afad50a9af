-- Comments attached to a figure for a period ("2025 : fermeture de la piscine pour travaux"), shown next to the
-- figure in the dashboard and in the printed brief. target names the figure: '<family>:<indicator>[:<id>]',
-- e.g. 'fluids:building:LIL-PIS-001', 'budget:epargne_brute', 'counts:site:LIL-PED-003'.
create table comments (
  id            bigserial primary key,
  commune_insee text not null references communes (insee_code),
  target        text not null check (target ~ '^[a-z_-]+:[A-Za-z0-9_:.-]+$'),
  period_start  date not null,
  period_end    date not null,
  body          text not null check (length(body) between 1 and 2000),
  author        text not null,
  created_at    timestamptz not null default now(),
  check (period_end >= period_start)
);
create index comments_target_idx on comments (commune_insee, target, period_start);
