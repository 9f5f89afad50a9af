-- kpi_budget_own_indicators: one row per commune, year and indicator computed from the commune's own accounts
-- (kpi_budget_ratios: compte administratif, budget principal, real operations), under the names of
-- stg_dgfip_indicators so both can be set side by side. Per inhabitant: the commune's population (communes table).
--   epargne_brute / nette, encours_dette, depenses_equipement, charges_personnel, produits (RRF) and charges (DRF)
--   de fonctionnement, annuite_dette (interest 6611x + capital 1641x) per inhabitant, in euros;
--   taux_epargne_brute = epargne_brute / RRF and part_charges_personnel = charges_personnel / DRF (fractions);
--   capacite_desendettement_annees = encours / epargne_brute, only when the savings are positive.
-- numerator / denominator as in stg_dgfip_indicators (euros and inhabitants).
create view analytics.kpi_budget_own_indicators as
with ratios as (
  select * from analytics.kpi_budget_ratios
),

indicators as (
  select
    r.commune_insee,
    r.year,
    r.population,
    i.indicator,
    i.unit,
    i.numerator,
    i.denominator
  from ratios r
  cross join lateral (values
    ('epargne_brute_par_habitant', 'eur_per_inhabitant', r.epargne_brute, r.population::numeric),
    ('epargne_nette_par_habitant', 'eur_per_inhabitant', r.epargne_nette, r.population::numeric),
    ('taux_epargne_brute', 'ratio', r.epargne_brute, r.recettes_reelles_fonctionnement),
    ('encours_dette_par_habitant', 'eur_per_inhabitant', r.encours_dette, r.population::numeric),
    ('capacite_desendettement_annees', 'years', r.encours_dette, r.epargne_brute),
    ('depenses_equipement_par_habitant', 'eur_per_inhabitant', r.depenses_equipement, r.population::numeric),
    ('charges_personnel_par_habitant', 'eur_per_inhabitant', r.charges_personnel, r.population::numeric),
    ('part_charges_personnel', 'ratio', r.charges_personnel, r.depenses_reelles_fonctionnement),
    ('produits_fonctionnement_par_habitant', 'eur_per_inhabitant', r.recettes_reelles_fonctionnement, r.population::numeric),
    ('charges_fonctionnement_par_habitant', 'eur_per_inhabitant', r.depenses_reelles_fonctionnement, r.population::numeric),
    ('annuite_dette_par_habitant', 'eur_per_inhabitant', r.interets_dette + r.remboursement_capital, r.population::numeric)
  ) as i (indicator, unit, numerator, denominator)
),

final as (
  select
    commune_insee,
    year,
    indicator,
    unit,
    case when denominator > 0 and numerator is not null
      then round(numerator / denominator, case when unit = 'ratio' then 4 else 2 end) end as value,
    case when denominator > 0 then numerator end as numerator,
    case when denominator > 0 then denominator end as denominator,
    population
  from indicators
)

select * from final;
