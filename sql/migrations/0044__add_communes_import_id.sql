-- A communes import can be rolled back like the others: the communes it inserts carry its id (deleted by the
-- rollback), the communes it changes keep their previous version in import_row_versions (restored by the rollback).
-- on delete set null: forgetting an import never takes a commune with it.
alter table communes add column import_id bigint references imports (id) on delete set null;
