-- kpi_budget_ratios_by_budget: financial health, one row per commune, year with a compte administratif (or, without
-- one, the comptable's balance) and budget: the budget principal ('principal'), each budget annexe (its SIRET) and
-- the consolidated budget ('consolidated': every budget of the commune together) (DOMAIN.md §1, "Ratios").
-- Executed amounts of the real operations (order operations and carried results 001/002 left out), in euros unless
-- stated. kpi_budget_ratios is this view's budget principal.
--   recettes_reelles_fonctionnement (RRF): real operating revenue, asset sales (775) excluded;
--   depenses_reelles_fonctionnement (DRF): real operating expenses, interest included;
--   interets_dette: interest on loans (accounts 6611x: 66111 paid at maturity, 66112 accrued);
--   epargne_gestion = RRF - (DRF - interets_dette); epargne_brute (CAF brute) = RRF - DRF;
--   taux_epargne_brute = epargne_brute / RRF (fraction, 0.123 for 12.3 %);
--   remboursement_capital: executed capital repayment (accounts 1641x, investment expenses; refinancing 166 and
--     revolving draws 16449 are not repayments); epargne_nette = epargne_brute - remboursement_capital;
--   encours_dette: outstanding debt at 31/12 (debt annex, table debt_outstanding), null when unknown;
--   capacite_desendettement_annees = encours_dette / epargne_brute, null when either is unknown or the savings are
--     nil or negative (the debt could then never be repaid from savings);
--   depenses_equipement: real investment expenses on accounts 20x (204 included), 21x, 23x;
--   financing of investment: recettes_investissement_hors_emprunt (real investment revenue outside chapter 16 and
--     the capitalised surplus 1068, plus asset sales 775), emprunts_nouveaux (accounts 1641x, revenue),
--     depenses_investissement_hors_dette (real investment expenses outside chapter 16), and
--     variation_fonds_roulement = epargne_nette + recettes_investissement_hors_emprunt + emprunts_nouveaux
--                                 - depenses_investissement_hors_dette;
--   rigidite = (personnel 012 + charges financières 66 + contributions obligatoires 655x) / RRF (fraction);
--   *_par_habitant: per inhabitant of the commune (euros);
--   *_status: 'ok', 'warning' or 'critical' against budget_alert_thresholds (taux d'épargne brute below 10 % / 7 %,
--     capacité de désendettement above 12 / 15 years, or debt with no savings to repay it; épargne nette below 0);
--   *_prev and *_change: the previous year's value and the relative change (fraction), null without that year.
--   budget_kind: principal, annexe or consolidated; budget_name: as the files name it;
--   consolidated: the sums of every budget, less the transfers between the budget principal and its annexes, taken
--     out of both operating revenue and expenses (they are one budget's expense and another's revenue): subsidies
--     to budgets annexes and régies (657363; M14 also 657364 SPIC and 6521 deficits of administrative annexes;
--     67441 exceptional subsidies to SPIC annexes) and annexes' surpluses paid back to the principal (M14 6522);
--     encours_dette (the debt annex loaded is the budget principal's) and capacite_desendettement_annees are null
--     for an annexe and for the consolidated budget.
create view analytics.kpi_budget_ratios_by_budget as
with ca as (
  select * from analytics.stg_budget_all_lines
  where stage = 'CA' and is_real and chapter_kind <> 'result'
),

internal_transfers as (
  -- operating transfers between the budget principal and its annexes (see the header), per commune and year
  select commune_insee, year, sum(amount_executed) as amount
  from ca
  where section = 'F' and direction = 'D' and (
    (budget = 'principal' and (account like '657363%' or account like '67441%'
      or (nomenclature = 'M14' and (account like '657364%' or account like '6521%'))))
    or (budget <> 'principal' and nomenclature = 'M14' and account like '6522%')
  )
  group by commune_insee, year
),

by_budget as (
  select ca.*, ca.budget as ratio_budget, ca.budget_kind as ratio_kind, ca.budget_name as ratio_name from ca
  union all
  select ca.*, 'consolidated', 'consolidated', 'Budget consolidé (principal et annexes)' from ca
),

sums as (
  select
    commune_insee,
    year,
    ratio_budget as budget,
    max(ratio_kind) as budget_kind,
    max(ratio_name) as budget_name,
    coalesce(sum(amount_executed) filter (where section = 'F' and direction = 'R' and account not like '775%'), 0) as rrf,
    coalesce(sum(amount_executed) filter (where section = 'F' and direction = 'D'), 0) as drf,
    coalesce(sum(amount_executed) filter (where section = 'F' and direction = 'D' and account like '6611%'), 0) as interets,
    coalesce(sum(amount_executed) filter (where section = 'F' and direction = 'D' and chapter = '012'), 0) as personnel,
    coalesce(sum(amount_executed) filter (where section = 'F' and direction = 'D' and chapter = '011'), 0) as charges_generales,
    coalesce(sum(amount_executed) filter (where section = 'F' and direction = 'D' and chapter = '65'), 0) as autres_charges_gestion,
    coalesce(sum(amount_executed) filter (where section = 'F' and direction = 'D' and chapter = '66'), 0) as charges_financieres,
    coalesce(sum(amount_executed) filter (where section = 'F' and direction = 'D' and account like '655%'), 0) as contributions_obligatoires,
    coalesce(sum(amount_executed) filter (where section = 'F' and direction = 'R' and account like '775%'), 0) as cessions,
    coalesce(sum(amount_executed) filter (where section = 'I' and direction = 'D' and account like '1641%'), 0) as remboursement,
    coalesce(sum(amount_executed) filter (where section = 'I' and direction = 'R' and account like '1641%'), 0) as emprunts,
    coalesce(sum(amount_executed) filter (where is_equipment), 0) as equipement,
    coalesce(sum(amount_executed) filter (where section = 'I' and direction = 'D' and chapter <> '16' and account not like '16%'), 0) as invest_hors_dette,
    coalesce(sum(amount_executed) filter (
      where section = 'I' and direction = 'R' and chapter <> '16' and account not like '16%' and account not like '1068%'
    ), 0) as recettes_invest
  from by_budget
  group by commune_insee, year, ratio_budget
),

net_sums as (
  select
    s.*,
    s.rrf - coalesce(t.amount, 0) * (s.budget = 'consolidated')::int as rrf_net,
    s.drf - coalesce(t.amount, 0) * (s.budget = 'consolidated')::int as drf_net
  from sums s
  left join internal_transfers t on t.commune_insee = s.commune_insee and t.year = s.year
),

ratios as (
  select
    s.commune_insee,
    s.year,
    s.budget,
    s.budget_kind,
    s.budget_name,
    c.population,
    s.rrf_net as recettes_reelles_fonctionnement,
    s.drf_net as depenses_reelles_fonctionnement,
    s.interets as interets_dette,
    s.personnel as charges_personnel,
    s.charges_generales,
    s.autres_charges_gestion,
    s.rrf_net - (s.drf_net - s.interets) as epargne_gestion,
    s.rrf_net - s.drf_net as epargne_brute,
    (s.rrf_net - s.drf_net) / nullif(s.rrf_net, 0) as taux_epargne_brute,
    s.remboursement as remboursement_capital,
    s.rrf_net - s.drf_net - s.remboursement as epargne_nette,
    d.outstanding_eur as encours_dette,
    case when s.rrf_net - s.drf_net > 0 then d.outstanding_eur / (s.rrf_net - s.drf_net) end as capacite_desendettement_annees,
    s.equipement as depenses_equipement,
    s.recettes_invest + s.cessions as recettes_investissement_hors_emprunt,
    s.emprunts as emprunts_nouveaux,
    s.invest_hors_dette as depenses_investissement_hors_dette,
    (s.rrf_net - s.drf_net - s.remboursement) + (s.recettes_invest + s.cessions) + s.emprunts - s.invest_hors_dette as variation_fonds_roulement,
    (s.personnel + s.charges_financieres + s.contributions_obligatoires) / nullif(s.rrf_net, 0) as rigidite
  from net_sums s
  join communes c on c.insee_code = s.commune_insee
  left join debt_outstanding d on d.commune_insee = s.commune_insee and d.year = s.year and s.budget = 'principal'
),

thresholds as (
  select
    max(warning) filter (where indicator = 'taux_epargne_brute') as teb_warning,
    max(critical) filter (where indicator = 'taux_epargne_brute') as teb_critical,
    max(warning) filter (where indicator = 'capacite_desendettement_annees') as cd_warning,
    max(critical) filter (where indicator = 'capacite_desendettement_annees') as cd_critical,
    max(warning) filter (where indicator = 'epargne_nette') as en_warning,
    max(critical) filter (where indicator = 'epargne_nette') as en_critical
  from budget_alert_thresholds
),

with_previous as (
  -- the previous year's figures, when that year has a compte administratif too
  select
    r.*,
    case when lag(r.year) over w = r.year - 1 then lag(r.epargne_brute) over w end as epargne_brute_prev,
    case when lag(r.year) over w = r.year - 1 then lag(r.taux_epargne_brute) over w end as taux_epargne_brute_prev,
    case when lag(r.year) over w = r.year - 1 then lag(r.capacite_desendettement_annees) over w end as capacite_desendettement_prev,
    case when lag(r.year) over w = r.year - 1 then lag(r.depenses_equipement) over w end as depenses_equipement_prev,
    case when lag(r.year) over w = r.year - 1 then lag(r.encours_dette) over w end as encours_dette_prev
  from ratios r
  window w as (partition by r.commune_insee, r.budget order by r.year)
),

final as (
  select
    r.commune_insee,
    r.year,
    r.budget,
    r.budget_kind,
    r.budget_name,
    r.population,
    round(r.recettes_reelles_fonctionnement, 2) as recettes_reelles_fonctionnement,
    round(r.depenses_reelles_fonctionnement, 2) as depenses_reelles_fonctionnement,
    round(r.interets_dette, 2) as interets_dette,
    round(r.charges_personnel, 2) as charges_personnel,
    round(r.charges_generales, 2) as charges_generales,
    round(r.autres_charges_gestion, 2) as autres_charges_gestion,
    round(r.epargne_gestion, 2) as epargne_gestion,
    round(r.epargne_brute, 2) as epargne_brute,
    round(r.taux_epargne_brute, 4) as taux_epargne_brute,
    round(r.remboursement_capital, 2) as remboursement_capital,
    round(r.epargne_nette, 2) as epargne_nette,
    round(r.encours_dette, 2) as encours_dette,
    round(r.capacite_desendettement_annees, 2) as capacite_desendettement_annees,
    round(r.depenses_equipement, 2) as depenses_equipement,
    round(r.recettes_investissement_hors_emprunt, 2) as recettes_investissement_hors_emprunt,
    round(r.emprunts_nouveaux, 2) as emprunts_nouveaux,
    round(r.depenses_investissement_hors_dette, 2) as depenses_investissement_hors_dette,
    round(r.variation_fonds_roulement, 2) as variation_fonds_roulement,
    round(r.rigidite, 4) as rigidite,
    round(r.recettes_reelles_fonctionnement / nullif(r.population, 0), 2) as rrf_par_habitant,
    round(r.depenses_reelles_fonctionnement / nullif(r.population, 0), 2) as drf_par_habitant,
    round(r.depenses_equipement / nullif(r.population, 0), 2) as depenses_equipement_par_habitant,
    round(r.encours_dette / nullif(r.population, 0), 2) as encours_dette_par_habitant,
    case
      when r.taux_epargne_brute is null then null
      when r.taux_epargne_brute < t.teb_critical then 'critical'
      when r.taux_epargne_brute < t.teb_warning then 'warning'
      else 'ok'
    end as taux_epargne_brute_status,
    case
      when r.encours_dette is null then null
      when r.encours_dette = 0 then 'ok'
      when r.capacite_desendettement_annees is null then 'critical'
      when r.capacite_desendettement_annees > t.cd_critical then 'critical'
      when r.capacite_desendettement_annees > t.cd_warning then 'warning'
      else 'ok'
    end as capacite_desendettement_status,
    case
      when r.epargne_nette < t.en_critical then 'critical'
      when r.epargne_nette < t.en_warning then 'warning'
      else 'ok'
    end as epargne_nette_status,
    round(r.epargne_brute_prev, 2) as epargne_brute_prev,
    round((r.epargne_brute - r.epargne_brute_prev) / nullif(abs(r.epargne_brute_prev), 0), 4) as epargne_brute_change,
    round(r.taux_epargne_brute_prev, 4) as taux_epargne_brute_prev,
    round(r.capacite_desendettement_prev, 2) as capacite_desendettement_prev,
    round(r.depenses_equipement_prev, 2) as depenses_equipement_prev,
    round((r.depenses_equipement - r.depenses_equipement_prev) / nullif(r.depenses_equipement_prev, 0), 4) as depenses_equipement_change,
    round(r.encours_dette_prev, 2) as encours_dette_prev
  from with_previous r
  cross join thresholds t
)

select * from final;
