-- kpi_budget_vs_dgfip: one row per commune, year and indicator known both from the commune's own accounts
-- (kpi_budget_own_indicators) and from the DGFiP's comptes individuels (stg_dgfip_indicators): the two figures side
-- by side, the gap (own - dgfip, in the indicator's unit) and its likely reason, a code the pages put in words:
--   concordant: within 1 % (and within 1 € per inhabitant, or 0.001 for a fraction);
--   population: a per-inhabitant figure whose populations differ by more than 0.5 % (the DGFiP divides by its own
--     population, pop1, Pilotage by the commune's population);
--   encours_dette: the outstanding debt differs (the DGFiP takes it from the accounts' balance, Pilotage from the
--     debt annex imported);
--   perimetre: operating revenue or expenses are not counted alike (the DGFiP's produits and charges de
--     fonctionnement include items Pilotage leaves out of RRF / DRF, such as asset sales 775 or some exceptional
--     items; the CAF follows);
--   autre: none of the above.
create view analytics.kpi_budget_vs_dgfip as
with own as (
  select * from analytics.kpi_budget_own_indicators where value is not null
),

dgfip as (
  select * from analytics.stg_dgfip_indicators where value is not null
),

compared as (
  select
    o.commune_insee,
    o.year,
    o.indicator,
    o.unit,
    o.value as own_value,
    d.value as dgfip_value,
    o.value - d.value as gap,
    o.population as own_population,
    d.population as dgfip_population,
    abs(o.value - d.value) <= greatest(0.01 * abs(d.value), case when o.unit = 'ratio' then 0.001 else 1 end)
      as concordant
  from own o
  join dgfip d on d.commune_insee = o.commune_insee and d.year = o.year and d.indicator = o.indicator
),

final as (
  select
    commune_insee,
    year,
    indicator,
    unit,
    own_value,
    dgfip_value,
    round(gap, case when unit = 'ratio' then 4 else 2 end) as gap,
    own_population,
    dgfip_population,
    case
      when concordant then 'concordant'
      when unit = 'eur_per_inhabitant'
        and abs(own_population - dgfip_population) > 0.005 * greatest(dgfip_population, 1) then 'population'
      when indicator in ('encours_dette_par_habitant', 'capacite_desendettement_annees') then 'encours_dette'
      when indicator in (
        'produits_fonctionnement_par_habitant', 'charges_fonctionnement_par_habitant', 'epargne_brute_par_habitant',
        'epargne_nette_par_habitant', 'taux_epargne_brute', 'part_charges_personnel', 'charges_personnel_par_habitant'
      ) then 'perimetre'
      else 'autre'
    end as gap_reason
  from compared
)

select * from final;
