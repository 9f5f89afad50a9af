-- kpi_budget_ratios: financial health, one row per commune and year with a compte administratif (DOMAIN.md §1,
-- "Ratios"): executed amounts of the real operations (budget principal; order operations and carried results
-- 001/002 left out), in euros unless stated.
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
create view analytics.kpi_budget_ratios as
with ca as (
  select * from analytics.stg_budget_lines
  where stage = 'CA' and is_real and chapter_kind <> 'result'
),

sums as (
  select
    commune_insee,
    year,
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
  from ca
  group by commune_insee, year
),

ratios as (
  select
    s.commune_insee,
    s.year,
    c.population,
    s.rrf as recettes_reelles_fonctionnement,
    s.drf as depenses_reelles_fonctionnement,
    s.interets as interets_dette,
    s.personnel as charges_personnel,
    s.charges_generales,
    s.autres_charges_gestion,
    s.rrf - (s.drf - s.interets) as epargne_gestion,
    s.rrf - s.drf as epargne_brute,
    (s.rrf - s.drf) / nullif(s.rrf, 0) as taux_epargne_brute,
    s.remboursement as remboursement_capital,
    s.rrf - s.drf - s.remboursement as epargne_nette,
    d.outstanding_eur as encours_dette,
    case when s.rrf - s.drf > 0 then d.outstanding_eur / (s.rrf - s.drf) end as capacite_desendettement_annees,
    s.equipement as depenses_equipement,
    s.recettes_invest + s.cessions as recettes_investissement_hors_emprunt,
    s.emprunts as emprunts_nouveaux,
    s.invest_hors_dette as depenses_investissement_hors_dette,
    (s.rrf - s.drf - s.remboursement) + (s.recettes_invest + s.cessions) + s.emprunts - s.invest_hors_dette as variation_fonds_roulement,
    (s.personnel + s.charges_financieres + s.contributions_obligatoires) / nullif(s.rrf, 0) as rigidite
  from sums s
  join communes c on c.insee_code = s.commune_insee
  left join debt_outstanding d on d.commune_insee = s.commune_insee and d.year = s.year
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
  window w as (partition by r.commune_insee order by r.year)
),

final as (
  select
    r.commune_insee,
    r.year,
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
