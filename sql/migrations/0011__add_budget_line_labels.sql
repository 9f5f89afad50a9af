-- Budget lines keep the nomenclature they were voted in (labels of functions differ between M14 and M57) and the
-- chapter and function labels their file gave, used when a code is missing from the reference tables.
alter table budget_lines
  add column nomenclature   text not null default 'M57' check (nomenclature in ('M57', 'M14')),
  add column chapter_label  text,
  add column function_label text;

-- The API filters by commune, year and stage (documents of a year), then by function or chapter.
create index budget_lines_stage_idx on budget_lines (commune_insee, year, stage);

-- An autorisation de programme is voted, then often revised: keep the first vote beside the current amount.
alter table programmes
  add column ap_initial_eur numeric(16, 2) check (ap_initial_eur >= 0);

create index programme_credits_year_idx on programme_credits (commune_insee, year);
create index programmes_quartier_idx on programmes (quartier_id);
