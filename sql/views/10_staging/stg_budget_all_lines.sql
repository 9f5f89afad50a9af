-- stg_budget_all_lines: one row per budget line of every budget of the commune (budget principal and budgets
-- annexes: column budget = 'principal' or the annexe's SIRET, budget_kind, budget_name), a line of one budget
-- document: BP, BS, DM n or CA, with its names and roll-ups (DOMAIN.md §1, "Documents and stages" and "Main chapters"):
--   stage CA also stands for the executed amounts of the comptable's balance (budget_lines.stage CG, DGFiP
--   "balances comptables"): a year and budget with a compte administratif loaded use it, and its balance lines are
--   left out; without one, the balance lines are that year's executed accounts (source = 'balance');
--   chapter_label from the nomenclature (M57 or M14, as the line was voted), else the file's label;
--   account_label from the file (BGT_CONTNAT_LABEL), else the plan de comptes;
--   function (one digit) and subfunction (two digits) of the functional code; '' when the line is not broken down
--   by function ("non ventilé"), as small communes and many revenue lines are;
--   is_equipment: equipment spending (dépenses d'équipement) = real investment expenses on accounts 20x (204
--   included), 21x, 23x, whether voted in chapters 20/204/21/23 or in an opération d'équipement.
-- Units: euros. Amounts are the document's own (voted in that document, or executed for the CA).
create view analytics.stg_budget_all_lines as
with documents as (
  select
    b.*,
    case when b.stage = 'CG' then 'balance' else 'document' end as source,
    bool_or(b.stage = 'CA') over (partition by b.commune_insee, b.budget, b.year) as has_ca
  from budget_lines b
),

lines as (
  select d.*
  from documents d
  where d.stage <> 'CG' or not d.has_ca
),

named as (
  select
    l.*,
    left(l.function_code, 1) as function,
    left(l.function_code, 2) as subfunction,
    coalesce(ch.label, nullif(l.chapter_label, ''), 'Chapitre ' || l.chapter) as chapter_name,
    coalesce(ch.kind, case when l.chapter in ('001', '002') then 'result' when l.is_real then 'real' else 'order' end) as chapter_kind,
    coalesce(nullif(l.account_label, ''), acc.label, acc57.label, 'Compte ' || l.account) as account_name,
    coalesce(fn_code.label, nullif(l.function_label, ''), case when l.function_code = '' then 'Non ventilé' end, 'Fonction ' || l.function_code) as function_code_name
  from lines l
  left join budget_chapters ch on ch.nomenclature = l.nomenclature and ch.code = l.chapter
  left join budget_accounts acc on acc.nomenclature = l.nomenclature and acc.account = l.account
  left join budget_accounts acc57 on acc57.nomenclature = 'M57' and acc57.account = l.account
  left join budget_functions fn_code on fn_code.nomenclature = l.nomenclature and fn_code.code = l.function_code
),

final as (
  select
    n.commune_insee,
    n.budget,
    coalesce(bu.kind, case when n.budget = 'principal' then 'principal' else 'annexe' end) as budget_kind,
    coalesce(bu.name, case when n.budget = 'principal' then 'Budget principal' else 'Budget annexe ' || n.budget end) as budget_name,
    n.year,
    case when n.stage = 'CG' then 'CA' else n.stage end as stage,
    case n.stage when 'BP' then 1 when 'BS' then 2 when 'DM' then 3 else 4 end as stage_order,
    n.source,
    n.document_seq,
    n.nomenclature,
    n.section,
    n.direction,
    n.is_real,
    n.chapter,
    n.chapter_name as chapter_label,
    n.chapter_kind,
    n.account,
    n.account_name as account_label,
    n.function_code,
    n.function_code_name as function_code_label,
    n.function,
    coalesce(f1.label, case when n.function = '' then 'Non ventilé' end, 'Fonction ' || n.function) as function_label,
    n.subfunction,
    coalesce(f2.label, case when n.subfunction = '' then 'Non ventilé' end, n.function_code_name) as subfunction_label,
    n.operation,
    (n.is_real and n.section = 'I' and n.direction = 'D'
      and (n.account like '20%' or n.account like '21%' or n.account like '23%')) as is_equipment,
    n.amount_voted,
    n.amount_open,
    n.amount_executed,
    n.carry_prev,
    n.carry_next,
    n.import_id
  from named n
  left join budgets bu on bu.commune_insee = n.commune_insee and bu.code = n.budget
  left join budget_functions f1 on f1.nomenclature = n.nomenclature and f1.code = n.function
  left join budget_functions f2 on f2.nomenclature = n.nomenclature and f2.code = n.subfunction
)

select * from final;
