-- kpi_budget_structure: how the executed budget splits, one row per commune, year, section, direction, axis and
-- code, for comparing partner communes side by side (DOMAIN.md §1, "Ratios": per inhabitant ratios):
--   axis 'nature'   by chapter (personnel 012, charges générales 011, subventions et autres charges 65...);
--   axis 'function' by function (services généraux, enseignement, culture et sports...).
-- executed: real operations of the compte administratif (euros); share_of_section: fraction of the section's
-- executed total; executed_per_inhabitant: euros per inhabitant of the commune. Built on kpi_budget_execution.
create view analytics.kpi_budget_structure as
with execution as (
  select * from analytics.kpi_budget_execution
  where level in ('chapter', 'function') and executed is not null
),

final as (
  select
    e.commune_insee,
    c.name as commune,
    e.year,
    e.section,
    e.direction,
    case e.level when 'chapter' then 'nature' else 'function' end as axis,
    coalesce(e.chapter, e.function) as code,
    coalesce(e.chapter_label, e.function_label) as label,
    e.executed,
    e.share_of_section,
    e.executed_per_inhabitant
  from execution e
  join communes c on c.insee_code = e.commune_insee
)

select * from final;
