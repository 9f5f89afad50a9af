-- The data version: one number, bumped by every change of what the API serves (an import, a rollback, a threshold or
-- any other write through the API, and after the marts built on the changed tables were refreshed). Every GET's
-- ETag is derived from it (backend/src/db/data-version.ts, backend/src/http/data-version-etag.ts), so a browser or
-- a proxy revalidates with a 304 until the data change. One row: `id` is always true.
create table data_version (
  id boolean primary key default true check (id),
  version bigint not null default 1,
  changed_at timestamptz not null default clock_timestamp()
);

insert into data_version default values;
