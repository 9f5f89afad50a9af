-- kpi_catalogue_budget: the budget's headline figures in the catalogue's shape (read by kpi_catalogue, which adds
-- the change, months covered and status), one row per commune, indicator and year with accounts (compte
-- administratif, else the comptable's balance). ../shared/DOMAIN.md §1 (ratios, execution); definitions in
-- kpi_budget_ratios and kpi_budget_execution, read here, never recomputed.
--   depenses_fonctionnement   dépenses réelles de fonctionnement, EUR
--   depenses_equipement       dépenses d'équipement (chapters 20, 204, 21, 23), EUR
--   epargne_brute, epargne_nette, encours_dette   EUR; taux_epargne_brute fraction; capacite_desendettement years
--   taux_execution_investissement   executed / crédits ouverts of the investment expenses (kpi_budget_execution)
-- Period: the calendar year (accounts are yearly); comparison: the year before. capacite_desendettement with debt
-- but no gross savings to repay it has no value and status 'alert' (status_override).
create view analytics.kpi_catalogue_budget as
with figures as (
  -- kpi_budget_ratios read once (the commune's filter reaches it), the investment execution of the same year beside
  -- it: only the years with accounts (a budget voted for the year in progress has executed nothing yet)
  select
    r.commune_insee,
    r.year,
    r.encours_dette,
    v.indicator,
    v.label,
    v.unit,
    v.change_kind,
    v.value,
    v.sort_order
  from analytics.kpi_budget_ratios r
  left join analytics.kpi_budget_execution e
    on e.commune_insee = r.commune_insee and e.year = r.year
   and e.level = 'section' and e.section = 'I' and e.direction = 'D'
  cross join lateral (
    values
      ('depenses_fonctionnement', 'Dépenses réelles de fonctionnement', 'EUR', 'relative',
       r.depenses_reelles_fonctionnement, 1),
      ('depenses_equipement', 'Dépenses d''équipement', 'EUR', 'relative', r.depenses_equipement, 2),
      ('epargne_brute', 'Épargne brute', 'EUR', 'relative', r.epargne_brute, 3),
      ('taux_epargne_brute', 'Taux d''épargne brute', 'fraction', 'points', r.taux_epargne_brute, 4),
      ('epargne_nette', 'Épargne nette', 'EUR', 'relative', r.epargne_nette, 5),
      ('capacite_desendettement', 'Capacité de désendettement', 'years', 'relative',
       r.capacite_desendettement_annees, 6),
      ('encours_dette', 'Encours de la dette au 31/12', 'EUR', 'relative', r.encours_dette, 7),
      ('taux_execution_investissement', 'Taux d''exécution des dépenses d''investissement', 'fraction', 'points',
       e.execution_rate, 8)
  ) as v (indicator, label, unit, change_kind, value, sort_order)
  where v.indicator <> 'taux_execution_investissement' or e.commune_insee is not null
),

-- the year before through a window (read once: the commune's filter reaches kpi_budget_ratios)
with_previous as (
  select
    f.*,
    case when lag(f.year) over previous = f.year - 1 then lag(f.value) over previous end as previous_value,
    lag(f.year) over previous = f.year - 1 as has_previous
  from figures f
  window previous as (partition by f.commune_insee, f.indicator order by f.year)
),

final as (
  select
    f.commune_insee,
    'budget' as family,
    f.indicator,
    f.label,
    null::text as subject_id,
    null::text as subject_label,
    f.year,
    'year' as period_kind,
    make_date(f.year, 1, 1) as period_start,
    make_date(f.year, 12, 31) as period_end,
    f.value,
    f.unit,
    f.previous_value as comparison_value,
    case when f.has_previous then make_date(f.year - 1, 1, 1) end as comparison_start,
    case when f.has_previous then make_date(f.year - 1, 12, 31) end as comparison_end,
    f.change_kind,
    false as weather_corrected,
    true as is_public,
    case
      when f.indicator = 'capacite_desendettement' and f.value is null and f.encours_dette > 0 then 'alert'
    end as status_override,
    f.sort_order
  from with_previous f
)

select * from final;
