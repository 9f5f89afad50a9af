-- stg_dgfip_indicators: one row per commune, year and indicator of the DGFiP's "comptes individuels des communes"
-- (table dgfip_comptes_communes; DOMAIN.md §1 "Ratios"; docs/budget.md). Budget principal only, as the DGFiP
-- publishes it.
--   value: the commune's figure as published (fperso, rcaf / 100...), or computed from the published amounts when
--     the DGFiP publishes no per-inhabitant figure (capacité de désendettement = dette / caf, in years, only when the
--     CAF is positive); null when the population is 0 (no figure per inhabitant);
--   numerator, denominator: the same figure as a ratio of amounts (euros and inhabitants), so that a group's average
--     is a ratio of sums (total personnel costs / total population), the way the DGFiP averages its strates;
--   strate_average: the average of the commune's strate as published (mperso, rmcaf / 100...);
--   unit: eur_per_inhabitant (euros), ratio (fraction, 0.123 for 12.3 %) or years.
-- Indicators: epargne_brute_par_habitant (caf), epargne_nette_par_habitant (cafn = caf - remboursement),
-- taux_epargne_brute (caf / produits), encours_dette_par_habitant, capacite_desendettement_annees,
-- depenses_equipement_par_habitant, charges_personnel_par_habitant, part_charges_personnel (personnel / charges de
-- fonctionnement), produits_fonctionnement_par_habitant, charges_fonctionnement_par_habitant,
-- annuite_dette_par_habitant, impots_locaux_par_habitant, dgf_par_habitant.
create view analytics.stg_dgfip_indicators as
with facts as (
  select d.*, c.epci_siren, c.epci_name, c.is_reference
  from dgfip_comptes_communes d
  join communes c on c.insee_code = d.commune_insee
),

indicators as (
  select
    f.commune_insee,
    f.year,
    f.departement,
    f.epci_siren,
    f.epci_name,
    f.is_reference,
    f.population,
    concat_ws(' ', f.strate_population, f.strate_fiscalite) as strate,
    i.indicator,
    i.unit,
    i.numerator,
    i.denominator,
    i.published,
    i.strate_average
  from facts f
  cross join lateral (values
    ('epargne_brute_par_habitant', 'eur_per_inhabitant', f.caf * 1000, f.population::numeric, f.fcaf, f.mcaf),
    ('epargne_nette_par_habitant', 'eur_per_inhabitant', f.cafn * 1000, f.population::numeric, f.fcafn, f.mcafn),
    ('taux_epargne_brute', 'ratio', f.caf, f.prod, f.rcaf / 100, f.rmcaf / 100),
    ('encours_dette_par_habitant', 'eur_per_inhabitant', f.dette * 1000, f.population::numeric, f.fdette, f.mdette),
    ('capacite_desendettement_annees', 'years', f.dette, f.caf, null::numeric,
      case when f.mcaf > 0 then f.mdette / f.mcaf end),
    ('depenses_equipement_par_habitant', 'eur_per_inhabitant', f.equip * 1000, f.population::numeric, f.fequip, f.mequip),
    ('charges_personnel_par_habitant', 'eur_per_inhabitant', f.perso * 1000, f.population::numeric, f.fperso, f.mperso),
    ('part_charges_personnel', 'ratio', f.perso, f.charge, f.rperso / 100, f.rmperso / 100),
    ('produits_fonctionnement_par_habitant', 'eur_per_inhabitant', f.prod * 1000, f.population::numeric, f.fprod, f.mprod),
    ('charges_fonctionnement_par_habitant', 'eur_per_inhabitant', f.charge * 1000, f.population::numeric, f.fcharge, f.mcharge),
    ('annuite_dette_par_habitant', 'eur_per_inhabitant', f.annu * 1000, f.population::numeric, f.fannu, f.mannu),
    ('impots_locaux_par_habitant', 'eur_per_inhabitant', f.impo1 * 1000, f.population::numeric, f.fimpo1, f.mimpo1),
    ('dgf_par_habitant', 'eur_per_inhabitant', f.dgf * 1000, f.population::numeric, f.fdgf, f.mdgf)
  ) as i (indicator, unit, numerator, denominator, published, strate_average)
),

final as (
  select
    commune_insee,
    year,
    indicator,
    unit,
    case
      when not denominator > 0 then null
      when unit = 'ratio' then round(coalesce(published, numerator / denominator), 4)
      else round(coalesce(published, numerator / denominator), 2)
    end as value,
    case when denominator > 0 then numerator end as numerator,
    case when denominator > 0 then denominator end as denominator,
    case when unit = 'ratio' then round(strate_average, 4) else round(strate_average, 2) end as strate_average,
    population,
    strate,
    departement,
    epci_siren,
    epci_name,
    is_reference
  from indicators
)

select * from final;
