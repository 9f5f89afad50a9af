-- Accounts, sessions and the audit log (issue 7). Roles: admin (everything, users), agent (imports, thresholds),
-- elected (reads everything), public (reads the public view only). A user may be limited to one commune.

create table users (
  id            bigserial primary key,
  email         text not null unique check (email = lower(email) and email like '%_@_%'),
  password_hash text not null,
  role          text not null check (role in ('admin', 'elected', 'agent', 'public')),
  commune_insee text references communes (insee_code),
  display_name  text,
  active        boolean not null default true,
  created_at    timestamptz not null default now(),
  last_login_at timestamptz
);

-- The cookie holds a random token; only its SHA-256 is stored, so a copy of the table opens no session.
create table sessions (
  token_hash   text primary key,
  user_id      bigint not null references users (id) on delete cascade,
  csrf_token   text not null,
  created_at   timestamptz not null default now(),
  expires_at   timestamptz not null,
  last_seen_at timestamptz not null default now()
);
create index sessions_user_idx on sessions (user_id);
create index sessions_expiry_idx on sessions (expires_at);

-- Who did what: imports, rollbacks, threshold changes, accounts.
create table audit_log (
  id            bigserial primary key,
  at            timestamptz not null default now(),
  actor         text not null,
  action        text not null,
  commune_insee text,
  target        text,
  details       jsonb not null default '{}'::jsonb
);
create index audit_log_at_idx on audit_log (at desc);
create index audit_log_commune_idx on audit_log (commune_insee, at desc);
