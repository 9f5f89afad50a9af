-- kpi_budget_execution: voted vs executed, real operations of the year (DOMAIN.md §1, "Execution"), rolled up at six
-- levels, one row per commune, year, section (F/I), direction (D/R), level and the level's keys:
--   level 'section'          keys: none (the section total)
--   level 'chapter'          keys: chapter (nature: 011, 012, 65, 21...)
--   level 'function'         keys: function (one digit; '' = non ventilé)
--   level 'subfunction'      keys: function, subfunction (two digits)
--   level 'function_chapter' keys: function, chapter
--   level 'article'          keys: function, chapter, account (the drill-down function -> chapter -> article; the
--                            lines themselves are in stg_budget_voted_executed)
-- Columns not among the level's keys are null. Order operations (023/021, 040-043) and the carried results
-- (001/002) are left out: they move amounts without cash and would blur every rate.
-- credits_after_bp/_bs/_dm and credits_open, executed, carry_next, cancelled: euros, as in
-- stg_budget_voted_executed.
-- execution_rate = executed / credits_open (crédits ouverts, never the BP alone); commitment_rate = (executed +
-- restes à réaliser) / credits_open; both fractions (revenue may exceed 1 when more was collected than forecast).
-- share_of_section = executed / the section's executed total (fraction); executed_per_inhabitant in euros.
-- Materialized (a rollup at six levels of every line of every document): refreshed concurrently after every import
-- that touched a table it reads (backend/src/db/refresh-marts.ts).
create materialized view analytics.kpi_budget_execution as
with credits as (
  select * from analytics.stg_budget_voted_executed
  where is_real and chapter_kind = 'real'
),

rolled as (
  select
    commune_insee,
    year,
    section,
    direction,
    grouping(function, subfunction, chapter, account) as grouping_id,
    function,
    subfunction,
    chapter,
    account,
    max(function_label) as function_label,
    max(subfunction_label) as subfunction_label,
    max(chapter_label) as chapter_label,
    max(account_label) as account_label,
    sum(credits_after_bp) as credits_after_bp,
    sum(credits_after_bs) as credits_after_bs,
    sum(credits_after_dm) as credits_after_dm,
    sum(carry_prev) as carry_prev,
    sum(credits_open) as credits_open,
    sum(executed) as executed,
    sum(carry_next) as carry_next,
    sum(cancelled) as cancelled,
    count(*)::integer as lines
  from credits
  group by grouping sets (
    (commune_insee, year, section, direction),
    (commune_insee, year, section, direction, chapter),
    (commune_insee, year, section, direction, function),
    (commune_insee, year, section, direction, function, subfunction),
    (commune_insee, year, section, direction, function, chapter),
    (commune_insee, year, section, direction, function, chapter, account)
  )
),

levelled as (
  -- grouping() sets a bit for each column rolled up: function 8, subfunction 4, chapter 2, account 1
  select
    r.*,
    case r.grouping_id
      when 15 then 'section'
      when 13 then 'chapter'
      when 7 then 'function'
      when 3 then 'subfunction'
      when 5 then 'function_chapter'
      when 4 then 'article'
    end as level
  from rolled r
),

final as (
  select
    l.commune_insee,
    l.year,
    l.section,
    l.direction,
    l.level,
    l.function,
    case when l.function is not null then l.function_label end as function_label,
    l.subfunction,
    case when l.subfunction is not null then l.subfunction_label end as subfunction_label,
    l.chapter,
    case when l.chapter is not null then l.chapter_label end as chapter_label,
    l.account,
    case when l.account is not null then l.account_label end as account_label,
    l.credits_after_bp,
    l.credits_after_bs,
    l.credits_after_dm,
    l.carry_prev,
    l.credits_open,
    l.executed,
    l.carry_next,
    l.cancelled,
    round(l.executed / nullif(l.credits_open, 0), 4) as execution_rate,
    round((l.executed + l.carry_next) / nullif(l.credits_open, 0), 4) as commitment_rate,
    round(l.executed / nullif(sum(l.executed) filter (where l.level = 'section')
      over (partition by l.commune_insee, l.year, l.section, l.direction), 0), 4) as share_of_section,
    round(l.executed / nullif(c.population, 0), 2) as executed_per_inhabitant,
    l.lines
  from levelled l
  join communes c on c.insee_code = l.commune_insee
)

select * from final;

-- the grain, for REFRESH CONCURRENTLY (readers are never blocked by a refresh): a level's absent keys are null
create unique index kpi_budget_execution_key on analytics.kpi_budget_execution
  (commune_insee, year, section, direction, level, function, subfunction, chapter, account) nulls not distinct;
create index kpi_budget_execution_idx on analytics.kpi_budget_execution (commune_insee, year, level, section, direction);
create index kpi_budget_execution_year_idx on analytics.kpi_budget_execution (year, level);
