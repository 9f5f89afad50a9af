-- kpi_budget_ratios: financial health of the budget principal, one row per commune and year with a compte
-- administratif (or, without one, the comptable's balance) (DOMAIN.md §1, "Ratios"): the budget principal's rows of
-- kpi_budget_ratios_by_budget, where every figure is defined (budgets annexes never included: see that view for
-- each annexe and the consolidated budget). Columns, units and statuses as documented there.
create view analytics.kpi_budget_ratios as
select
  commune_insee,
  year,
  population,
  recettes_reelles_fonctionnement,
  depenses_reelles_fonctionnement,
  interets_dette,
  charges_personnel,
  charges_generales,
  autres_charges_gestion,
  epargne_gestion,
  epargne_brute,
  taux_epargne_brute,
  remboursement_capital,
  epargne_nette,
  encours_dette,
  capacite_desendettement_annees,
  depenses_equipement,
  recettes_investissement_hors_emprunt,
  emprunts_nouveaux,
  depenses_investissement_hors_dette,
  variation_fonds_roulement,
  rigidite,
  rrf_par_habitant,
  drf_par_habitant,
  depenses_equipement_par_habitant,
  encours_dette_par_habitant,
  taux_epargne_brute_status,
  capacite_desendettement_status,
  epargne_nette_status,
  epargne_brute_prev,
  epargne_brute_change,
  taux_epargne_brute_prev,
  capacite_desendettement_prev,
  depenses_equipement_prev,
  depenses_equipement_change,
  encours_dette_prev
from analytics.kpi_budget_ratios_by_budget
where budget = 'principal';
