-- stg_budget_documents: one row per budget document loaded (commune, year, stage, document_seq: BP, BS, DM n, CA)
-- with its line count, nomenclature and last import, so pages offer only the years and stages that exist
-- (DOMAIN.md §1, "Documents and stages"). voted_eur: amounts voted in the document (new votes + carry-overs);
-- executed_eur: amounts executed (CA only); both over real operations, euros.
create view analytics.stg_budget_documents as
with lines as (
  select * from budget_lines
),

final as (
  select
    l.commune_insee,
    l.year,
    l.stage,
    l.document_seq,
    case l.stage when 'BP' then 1 when 'BS' then 2 when 'DM' then 3 else 4 end as stage_order,
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
