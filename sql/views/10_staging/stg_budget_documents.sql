-- stg_budget_documents: one row per budget document loaded (commune, year, stage, document_seq: BP, BS, DM n, CA)
-- with its line count, nomenclature and last import, so pages offer only the years and stages that exist
-- (DOMAIN.md §1, "Documents and stages"). voted_eur: amounts voted in the document (new votes + carry-overs);
-- executed_eur: amounts executed (CA only); both over real operations, euros. Budget principal only (a year whose
-- executed accounts come from the comptable's balance shows them as its CA).
create view analytics.stg_budget_documents as
with lines as (
  select * from analytics.stg_budget_all_lines where budget = 'principal'
),

final as (
  select
    l.commune_insee,
    l.year,
    l.stage,
    l.document_seq,
    min(l.stage_order) as stage_order,
    max(l.nomenclature) as nomenclature,
    count(*)::integer as lines,
    sum(l.amount_voted + l.carry_prev) filter (where l.is_real) as voted_eur,
    sum(l.amount_executed) filter (where l.is_real and l.stage = 'CA') as executed_eur,
    max(i.finished_at) as last_import_at
  from lines l
  left join imports i on i.id = l.import_id
  group by l.commune_insee, l.year, l.stage, l.document_seq
)

select * from final;
