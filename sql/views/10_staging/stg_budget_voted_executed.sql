-- stg_budget_voted_executed: voted vs executed, one row per commune, year and budget line key (section,
-- direction, real/order, chapter, account, function code, operation), every budget document of the year brought
-- together (DOMAIN.md §1, "Execution"):
--   credits_after_bp / _bs / _dm: credits voted up to that stage, cumulated (BP, then + BS, then + every DM), each
--     document counting its new votes plus the carry-overs it takes back (restes à réaliser N-1); null when the year
--     has no BP/BS/DM document;
--   credits_open (crédits ouverts): what the compte administratif records (BGT_CREDOUV), else credits_after_dm,
--     else the CA's own voted + carried amounts; never the BP alone;
--   executed (mandats or titres of the CA), carry_next (restes à réaliser at 31/12, carried over to N+1),
--     cancelled = credits_open - executed - carry_next; all null while the year has no CA, 0 for a line the CA
--     does not list;
--   execution_rate = executed / credits_open (fraction), null when nothing was open.
-- Units: euros.
create view analytics.stg_budget_voted_executed as
with lines as (
  select * from analytics.stg_budget_lines
),

by_key as (
  select
    commune_insee, year, section, direction, is_real, chapter, account, function_code, operation,
    max(nomenclature) as nomenclature,
    max(chapter_label) as chapter_label,
    max(chapter_kind) as chapter_kind,
    max(account_label) as account_label,
    max(function) as function,
    max(function_label) as function_label,
    max(subfunction) as subfunction,
    max(subfunction_label) as subfunction_label,
    max(function_code_label) as function_code_label,
    bool_or(is_equipment) as is_equipment,
    count(*) filter (where stage in ('BP', 'BS', 'DM')) as vote_lines,
    count(*) filter (where stage = 'CA') as ca_lines,
    sum(amount_voted + carry_prev) filter (where stage = 'BP') as bp_credits,
    sum(amount_voted + carry_prev) filter (where stage = 'BS') as bs_credits,
    sum(amount_voted + carry_prev) filter (where stage = 'DM') as dm_credits,
    sum(carry_prev) filter (where stage in ('BP', 'BS', 'DM')) as carry_prev,
    sum(amount_open) filter (where stage = 'CA') as ca_open,
    sum(amount_voted + carry_prev) filter (where stage = 'CA') as ca_voted,
    sum(amount_executed) filter (where stage = 'CA') as ca_executed,
    sum(carry_next) filter (where stage = 'CA') as ca_carry_next
  from lines
  group by commune_insee, year, section, direction, is_real, chapter, account, function_code, operation
),

documents as (
  -- whether the commune's year has budget documents (BP/BS/DM) and a CA at all: a window over the year, so that a
  -- filter on commune and year still reaches the table
  select
    k.*,
    sum(k.vote_lines) over year_lines > 0 as has_votes,
    sum(k.ca_lines) over year_lines > 0 as has_ca
  from by_key k
  window year_lines as (partition by k.commune_insee, k.year)
),

credits as (
  select
    d.*,
    case when d.has_votes then coalesce(d.bp_credits, 0) end as credits_after_bp,
    case when d.has_votes then coalesce(d.bp_credits, 0) + coalesce(d.bs_credits, 0) end as credits_after_bs,
    case when d.has_votes then coalesce(d.bp_credits, 0) + coalesce(d.bs_credits, 0) + coalesce(d.dm_credits, 0) end as credits_after_dm,
    case when d.has_ca then coalesce(d.ca_executed, 0) end as executed,
    case when d.has_ca then coalesce(d.ca_carry_next, 0) end as carry_next
  from documents d
),

final as (
  select
    commune_insee,
    year,
    nomenclature,
    section,
    direction,
    is_real,
    chapter,
    chapter_label,
    chapter_kind,
    account,
    account_label,
    function_code,
    function_code_label,
    function,
    function_label,
    subfunction,
    subfunction_label,
    operation,
    is_equipment,
    credits_after_bp,
    credits_after_bs,
    credits_after_dm,
    coalesce(carry_prev, 0) as carry_prev,
    coalesce(ca_open, credits_after_dm, nullif(ca_voted, 0)) as credits_open,
    executed,
    carry_next,
    coalesce(ca_open, credits_after_dm, nullif(ca_voted, 0)) - executed - carry_next as cancelled,
    round(executed / nullif(coalesce(ca_open, credits_after_dm, nullif(ca_voted, 0)), 0), 4) as execution_rate
  from credits
)

select * from final;
