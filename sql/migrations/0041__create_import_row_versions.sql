-- What an import replaced: the previous version of every row an import changed, so the import can be rolled back
-- (rows it inserted are found by their import_id and deleted; rows it changed get their previous version back).
create table import_row_versions (
  import_id  bigint not null references imports (id) on delete cascade,
  table_name text not null,
  row_key    jsonb not null,
  previous   jsonb not null,
  primary key (import_id, table_name, row_key)
);
