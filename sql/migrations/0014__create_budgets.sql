-- A commune keeps several budgets under one SIREN: its budget principal and budgets annexes (lotissement, eau,
-- assainissement, transports...), each with its own SIRET (same SIREN, another NIC). Each is kept as its own budget,
-- named, so that the budget principal's ratios never include an annexe silently (DOMAIN.md §1, "Ratios").
--   code: 'principal' for the budget principal, the SIRET (14 digits) for a budget annexe;
--   kind: principal or annexe; name: as the file names it (TOTEM LibelleEtab, DGFiP lbudg, SCDL BGT_NOM);
--   siret: the budget's SIRET when a file gave it.
create table budgets (
  commune_insee text not null references communes (insee_code),
  code          text not null check (code = 'principal' or code ~ '^[0-9]{14}$'),
  kind          text not null check (kind in ('principal', 'annexe')),
  name          text not null,
  siret         text check (siret ~ '^[0-9]{14}$'),
  import_id     bigint references imports (id),
  primary key (commune_insee, code),
  check ((code = 'principal') = (kind = 'principal')),
  unique (commune_insee, siret)
);

-- Every line belongs to one budget (existing lines are the budget principal's).
-- Stage CG: the executed amounts of the comptable's balance (compte de gestion, DGFiP "balances comptables"); the
-- views use them as the year's executed accounts only when no compte administratif of that budget is loaded.
-- A line's identity includes its chapter: the same article under 040 and 041 (or 4541 and 45411) is two lines.
alter table budget_lines
  add column budget text not null default 'principal',
  drop constraint budget_lines_stage_check,
  add constraint budget_lines_stage_check check (stage in ('BP', 'BS', 'DM', 'CA', 'CG')),
  drop constraint budget_lines_pkey,
  add primary key (commune_insee, budget, year, stage, document_seq, section, direction, is_real, chapter, account,
                   function_code, operation);

insert into budgets (commune_insee, code, kind, name)
select distinct commune_insee, 'principal', 'principal', 'Budget principal' from budget_lines
on conflict do nothing;
