import { arrayOf, bool, int, num, object, oneOf, str } from '../../http/contract';
import { op, type Contract } from '../../http/contract';
import * as schemas from './budget.schemas';
import { levels, placeKinds, programmeStatuses } from './budget.schemas';

const ratioStatus = (description: string) => oneOf(['ok', 'warning', 'critical'], description);
const eur = (description: string, nullable = false) => num(`${description}, euros`, nullable);
const rate = (description: string) => num(`${description}, fraction (0.123 for 12.3 %)`, true);
const fileNote = 'With format=csv or xlsx the same rows come as a file (French headers).';

const contract = {
  commune_insee: str('INSEE code'),
  year: int('Budget year'),
  recettes_reelles_fonctionnement: eur('Real operating revenue (RRF), asset sales 775 excluded'),
  depenses_reelles_fonctionnement: eur('Real operating expenses (DRF), interest included'),
  epargne_gestion: eur('RRF - (DRF - interest 6611x)'),
  epargne_brute: eur('RRF - DRF (CAF brute)'),
  taux_epargne_brute: num('epargne_brute / RRF, fraction (0.123 for 12.3 %)', true),
  remboursement_capital: eur('Executed capital repayment, accounts 1641x (refinancing 166 excluded)'),
  epargne_nette: eur('epargne_brute - remboursement_capital'),
  encours_dette: eur('Outstanding debt at 31/12 (debt annex); null when unknown', true),
  capacite_desendettement_annees: num(
    'encours_dette / epargne_brute, years; null when unknown or when savings are nil or negative',
    true,
  ),
};

const healthProps = {
  ...contract,
  budget: str('principal, the SIRET of a budget annexe, or consolidated'),
  budget_kind: str('principal, annexe or consolidated'),
  budget_name: str('As the files name it'),
  // communes.population is optional (the communes import may lack it): per-inhabitant figures are then null
  population: int('Inhabitants of the commune; null when unknown', true),
  interets_dette: eur('Interest, accounts 6611x'),
  charges_personnel: eur('Chapter 012'),
  charges_generales: eur('Chapter 011'),
  autres_charges_gestion: eur('Chapter 65'),
  depenses_equipement: eur('Real investment expenses on accounts 20x, 21x, 23x'),
  recettes_investissement_hors_emprunt: eur(
    'Real investment revenue outside chapter 16 and 1068, plus asset sales 775',
  ),
  emprunts_nouveaux: eur('New loans, accounts 1641x'),
  depenses_investissement_hors_dette: eur('Real investment expenses outside chapter 16'),
  variation_fonds_roulement: eur(
    'epargne_nette + recettes_investissement_hors_emprunt + emprunts_nouveaux - depenses_investissement_hors_dette',
  ),
  rigidite: rate('(012 + 66 + 655x) / RRF'),
  rrf_par_habitant: eur('Per inhabitant; null when the population is unknown or nil', true),
  drf_par_habitant: eur('Per inhabitant; null when the population is unknown or nil', true),
  depenses_equipement_par_habitant: eur('Per inhabitant; null when the population is unknown or nil', true),
  encours_dette_par_habitant: eur('Per inhabitant', true),
  taux_epargne_brute_status: ratioStatus('ok, warning (< 10 %) or critical (< 7 %)').nullable(),
  capacite_desendettement_status: ratioStatus(
    'ok, warning (> 12 years) or critical (> 15 years, or debt with no savings)',
  ).nullable(),
  epargne_nette_status: ratioStatus('ok or critical (negative)'),
  epargne_brute_prev: eur('Previous year', true),
  epargne_brute_change: rate('Change on the previous year'),
  taux_epargne_brute_prev: rate('Previous year'),
  capacite_desendettement_prev: num('Previous year, years', true),
  depenses_equipement_prev: eur('Previous year', true),
  depenses_equipement_change: rate('Change on the previous year'),
  encours_dette_prev: eur('Previous year', true),
};
/** A commune beside others: the same figures, of its budget principal (no budget columns). */
const { budget: _budget, budget_kind: _kind, budget_name: _name, ...comparisonProps } = healthProps;
const health = object(healthProps);

const credits = {
  credits_after_bp: eur('Credits voted in the BP (with the carry-overs it takes back); null without BP/BS/DM', true),
  credits_after_bs: eur('... after the BS', true),
  credits_after_dm: eur('... after every DM', true),
  carry_prev: eur('Restes à réaliser N-1 taken back'),
  credits_open: eur('Crédits ouverts: as the CA records them, else BP + BS + DM + carry-overs', true),
  executed: eur('Executed (CA); null while the year has no CA', true),
  carry_next: eur('Restes à réaliser at 31/12', true),
  cancelled: eur('credits_open - executed - carry_next', true),
  execution_rate: rate('executed / credits_open (never against the BP alone)'),
};

const executionRow = object({
  section: oneOf(['F', 'I']),
  direction: oneOf(['D', 'R']),
  level: oneOf(levels),
  function: str('One digit; "" = non ventilé', true),
  function_label: str(undefined, true),
  subfunction: str('Two digits', true),
  subfunction_label: str(undefined, true),
  chapter: str(undefined, true),
  chapter_label: str(undefined, true),
  account: str(undefined, true),
  account_label: str(undefined, true),
  ...credits,
  commitment_rate: rate('(executed + carry_next) / credits_open'),
  share_of_section: rate("executed / the section's executed total"),
  executed_per_inhabitant: eur('Per inhabitant', true),
  lines: int('Budget lines'),
});

const lineRow = object({
  section: oneOf(['F', 'I']),
  direction: oneOf(['D', 'R']),
  is_real: bool(),
  chapter: str(),
  chapter_label: str(),
  account: str(),
  account_label: str(),
  function_code: str('As voted ("" = non ventilé)'),
  function_code_label: str(),
  function: str(),
  function_label: str(),
  operation: str(),
  ...credits,
});

const programmeRow = object({
  commune_insee: str(),
  programme_id: str(),
  name: str(),
  description: str(undefined, true),
  status: oneOf(programmeStatuses),
  function_code: str(undefined, true),
  function: str(undefined, true),
  function_label: str(),
  quartier_id: int(undefined, true),
  quartier: str(undefined, true),
  building_id: str(undefined, true),
  building_name: str(undefined, true),
  street: str(undefined, true),
  lat: num(undefined, true),
  lon: num(undefined, true),
  ap_amount_eur: eur('AP as currently voted'),
  ap_initial_eur: eur('AP first voted', true),
  ap_revision_eur: eur('Revisions', true),
  cp_executed_to_date: eur('Payment credits executed so far'),
  cp_planned_total: eur('Payment credits planned over its life'),
  remaining_eur: eur('AP - CP executed'),
  progress_rate: rate('CP executed / AP'),
  exceeds_ap: bool(),
  first_cp_year: int(),
  last_cp_year: int(),
  start_date: str('YYYY-MM-DD'),
  planned_end_date: str('YYYY-MM-DD'),
  expected_end_date: str('YYYY-MM-DD (the planned one when no new forecast)'),
  slippage_days: int('expected - planned; > 0 late'),
  slippage_months: num(),
  is_late: bool(),
  severity: oneOf(
    ['high', 'medium'],
    'high ("Critique") or medium ("À surveiller"): the most serious of its alerts in the alerts centre (view ' +
      'kpi_programme_severity); medium when over its AP, late or suspended without an alert; null otherwise',
  ).nullable(),
});

const placeRow = object({
  place_kind: oneOf(placeKinds),
  place_key: str('Quartier id, building_id, street or INSEE code'),
  place_label: str(),
  quartier_id: int(undefined, true),
  population: int('Inhabitants of the place (quartiers, the commune); null elsewhere', true),
  cp_executed_eur: eur('Payment credits executed that year'),
  cp_planned_eur: eur('Payment credits planned that year'),
  executed_per_inhabitant: eur('Per inhabitant', true),
  planned_per_inhabitant: eur('Per inhabitant', true),
  programmes: int('Programmes with credits there that year'),
});

const operationRow = object({
  programme_id: str(),
  name: str(),
  status: oneOf(programmeStatuses),
  year: int(),
  cp_planned_eur: eur('That year'),
  cp_executed_eur: eur('That year'),
  cp_executed_cumulative: eur('Up to that year'),
  ap_amount_eur: eur('AP'),
  quartier_id: int(undefined, true),
  quartier: str(undefined, true),
  building_id: str(undefined, true),
  building_name: str(undefined, true),
  street: str(undefined, true),
});

export const budgetContract: Contract = {
  '/budget/ratios': {
    get: op({
      id: 'getBudgetRatios',
      tag: 'Budget',
      summary: 'Financial health ratios of a year (stable contract for BI tools)',
      description:
        "Euros, executed accounts (CA, else the comptable's balance) of the year. taux_epargne_brute is a fraction. capacite_desendettement_annees is null when the debt is unknown or the savings are nil or negative (always for a budget annexe and the consolidated budget: the debt annex loaded is the principal's). 404 when the year has no CA.",
      access: 'public',
      query: schemas.ratiosQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        year: 'Calendar / budget year',
        budget:
          'principal (default), the SIRET of a budget annexe (see /budget/budgets), or consolidated (every budget, transfers between them taken out)',
      },
      responseDescription:
        'The nine ratios of the compte administratif, budget principal unless `budget` says otherwise, real operations (view kpi_budget_ratios_by_budget)',
      response: object(contract),
    }),
  },
  '/budget/health': {
    get: op({
      id: 'getBudgetHealth',
      tag: 'Budget',
      summary: 'Every ratio with its alert status, year by year (trends)',
      description: fileNote,
      access: 'public',
      query: schemas.healthQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        year: 'Calendar / budget year',
        budget:
          'principal (default), the SIRET of a budget annexe (see /budget/budgets), or consolidated (every budget, transfers between them taken out)',
        years: 'How many years, ending with `year` (default: the latest CA)',
        format: 'json, or a file for Excel: csv (";", decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per year (view kpi_budget_ratios)',
      response: arrayOf(health),
      files: true,
    }),
  },
  '/budget/budgets': {
    get: op({
      id: 'getBudgetBudgets',
      tag: 'Budget',
      summary: "The commune's budgets: its budget principal and each budget annexe (lotissement, eau...)",
      access: 'public',
      query: schemas.communeQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
      },
      responseDescription: 'Budget principal first (view stg_budget_budgets)',
      response: arrayOf(
        object({
          code: str(
            'principal, or the SIRET of a budget annexe (the `budget` parameter of /budget/ratios and /budget/health)',
          ),
          kind: oneOf(['principal', 'annexe']),
          name: str(),
          siret: str('14 digits', true),
          first_year: num('First year with lines', true),
          last_year: num('Last year with lines', true),
          accounts_years: arrayOf(int()),
        }),
      ),
    }),
  },
  '/budget/documents': {
    get: op({
      id: 'getBudgetDocuments',
      tag: 'Budget',
      summary: 'Budget documents loaded: years and stages (BP, BS, DM n, CA)',
      access: 'public',
      query: schemas.communeQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
      },
      responseDescription: 'Latest year first (view stg_budget_documents)',
      response: arrayOf(
        object({
          year: int(),
          stage: oneOf(['BP', 'BS', 'DM', 'CA']),
          document_seq: int('DM number'),
          nomenclature: oneOf(['M57', 'M14']),
          lines: int(),
          voted_eur: eur('Voted in the document (real operations)', true),
          executed_eur: eur('Executed (CA)', true),
          last_import_at: str(undefined, true),
        }),
      ),
    }),
  },
  '/budget/thresholds': {
    get: op({
      id: 'getBudgetThresholds',
      tag: 'Budget',
      summary: 'Alert thresholds of the ratios, with their source',
      access: 'public',
      responseDescription: 'Thresholds',
      response: arrayOf(
        object({
          indicator: str(),
          warning: num(),
          critical: num(),
          direction: oneOf(['below', 'above'], 'On which side the danger lies'),
          unit: oneOf(['fraction', 'years', 'eur']),
          source: str(),
        }),
      ),
    }),
  },
  '/budget/execution': {
    get: op({
      id: 'getBudgetExecution',
      tag: 'Budget',
      summary: 'Voted vs executed, rolled up by section, chapter, function, sub-function or article',
      description: fileNote,
      access: 'public',
      query: schemas.executionQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        year: 'Calendar / budget year',
        level: 'Roll-up level',
        section: 'F fonctionnement, I investissement',
        direction: 'D dépenses, R recettes',
        function: 'Only this function (one digit)',
        subfunction: 'Only this sub-function (two digits)',
        chapter: 'Only this chapter',
        format: 'json, or a file for Excel: csv (";", decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'Real operations (view kpi_budget_execution)',
      response: arrayOf(executionRow),
      files: true,
    }),
  },
  '/budget/lines': {
    get: op({
      id: 'getBudgetLines',
      tag: 'Budget',
      summary: 'The budget lines behind a figure (drill-down to the line)',
      description: fileNote,
      access: 'public',
      query: schemas.linesQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        year: 'Calendar / budget year',
        section: 'F fonctionnement, I investissement',
        direction: 'D dépenses, R recettes',
        function: 'Function (one digit)',
        chapter: 'Chapter',
        account: 'Account (article)',
        operations: 'Real operations, order operations or both',
        format: 'json, or a file for Excel: csv (";", decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription:
        'One row per line key, every document of the year brought together (view stg_budget_voted_executed)',
      response: arrayOf(lineRow),
      files: true,
    }),
  },
  '/budget/comparison': {
    get: op({
      id: 'getBudgetComparison',
      tag: 'Budget',
      summary: 'The ratios of partner communes side by side',
      description: fileNote,
      access: 'public',
      query: schemas.comparisonQuery,
      docs: {
        year: 'Calendar / budget year',
        communes: 'INSEE codes separated by commas (default: every commune with accounts that year)',
        format: 'json, or a file for Excel: csv (";", decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per commune, largest first (view kpi_budget_ratios)',
      response: arrayOf(object({ commune: str(), ...comparisonProps })),
      files: true,
    }),
  },
  '/budget/structure': {
    get: op({
      id: 'getBudgetStructure',
      tag: 'Budget',
      summary: 'How executed spending or revenue splits, by nature or by function, per commune',
      description: fileNote,
      access: 'public',
      query: schemas.structureQuery,
      docs: {
        year: 'Calendar / budget year',
        communes: 'INSEE codes separated by commas (default: every commune with accounts that year)',
        axis: 'By chapter or by function',
        section: 'F fonctionnement, I investissement',
        direction: 'D dépenses, R recettes',
        format: 'json, or a file for Excel: csv (";", decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per commune and code (view kpi_budget_structure)',
      response: arrayOf(
        object({
          commune_insee: str(),
          commune: str(),
          year: int(),
          section: oneOf(['F', 'I']),
          direction: oneOf(['D', 'R']),
          axis: oneOf(['nature', 'function']),
          code: str(),
          label: str(),
          executed: eur('Executed (CA)'),
          share_of_section: rate('Share of the section'),
          executed_per_inhabitant: eur('Per inhabitant', true),
        }),
      ),
      files: true,
    }),
  },
  '/budget/programmes': {
    get: op({
      id: 'getBudgetProgrammes',
      tag: 'Budget',
      summary: 'Multi-year programmes (AP/CP): cost, progress, slippage, location',
      description: fileNote,
      access: 'public',
      query: schemas.programmesQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        status: 'Only this status',
        quartier: 'Only programmes in this quartier (id)',
        format: 'json, or a file for Excel: csv (";", decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'By start date (view kpi_budget_programmes)',
      response: arrayOf(programmeRow),
      files: true,
    }),
  },
  '/budget/programmes/{id}/years': {
    get: op({
      id: 'getBudgetProgrammesByIdYears',
      tag: 'Budget',
      summary: 'Payment credits of one programme, year by year',
      description: fileNote,
      access: 'public',
      query: schemas.programmeQuery,
      path: schemas.programmeParams,
      docs: {
        id: 'Programme (AP) number',
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        format: 'json, or a file for Excel: csv (";", decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per year (view kpi_budget_programme_years)',
      response: arrayOf(
        object({
          year: int(),
          cp_planned_eur: eur('Planned'),
          cp_executed_eur: eur('Executed'),
          cp_executed_cumulative: eur('Executed up to that year'),
          execution_rate: rate('executed / planned'),
        }),
      ),
      files: true,
    }),
  },
  '/budget/investment': {
    get: op({
      id: 'getBudgetInvestment',
      tag: 'Budget',
      summary: 'Localised investment: per quartier (choropleth), building, street',
      description: fileNote,
      access: 'public',
      query: schemas.investmentQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        year: 'Calendar / budget year',
        place: 'Kind of place',
        format: 'json, or a file for Excel: csv (";", decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'Most invested first (view kpi_budget_investment_places)',
      response: arrayOf(placeRow),
      files: true,
    }),
  },
  '/budget/investment/operations': {
    get: op({
      id: 'getBudgetInvestmentOperations',
      tag: 'Budget',
      summary: 'The programmes that spent in a quartier that year (click on the map)',
      description: fileNote,
      access: 'public',
      query: schemas.operationsQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        year: 'Calendar / budget year',
        quartier: 'Quartier id, or "none" for programmes in no quartier; all when absent',
        format: 'json, or a file for Excel: csv (";", decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'Most spent first (view kpi_budget_programme_years)',
      response: arrayOf(operationRow),
      files: true,
    }),
  },
};
