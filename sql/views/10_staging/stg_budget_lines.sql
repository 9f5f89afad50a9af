-- stg_budget_lines: the budget principal's lines of stg_budget_all_lines (one row per line of a budget document of
-- the budget principal: BP, BS, DM n, CA or, without a CA, the comptable's balance), with their names and roll-ups.
-- Every budget KPI reads this view: the budget principal's figures never include a budget annexe silently
-- (DOMAIN.md §1, "Ratios"); kpi_budget_ratios_by_budget gives each annexe and the consolidated figures.
create view analytics.stg_budget_lines as
select *
from analytics.stg_budget_all_lines
where budget = 'principal';
