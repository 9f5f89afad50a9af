import {
  arrayOf,
  bool,
  communeParam,
  get,
  int,
  jsonResponse,
  num,
  object,
  pathParam,
  queryParam,
  str,
  yearParam,
} from '../../openapi/helpers';
import { levels, placeKinds, programmeStatuses } from './budget.schemas';

const eur = (description: string, nullable = false) => num(`${description}, euros`, nullable);
const rate = (description: string) => num(`${description}, fraction (0.123 for 12.3 %)`, true);
const formatParam = queryParam(
  'format',
  { type: 'string', enum: ['json', 'csv', 'xlsx'], default: 'json' },
  'json, or a file for Excel: csv (";", decimal comma, UTF-8 with BOM) or xlsx',
  false,
);
const sectionParam = queryParam(
  'section',
  { type: 'string', enum: ['F', 'I'] },
  'F fonctionnement, I investissement',
  false,
);
const directionParam = queryParam(
  'direction',
  { type: 'string', enum: ['D', 'R'] },
  'D dépenses, R recettes',
  false,
);
const fileNote = 'With format=csv or xlsx the same rows come as a file (French headers).';

const contract = {
  commune_insee: str('INSEE code'),
  year: int('Budget year'),
  recettes_reelles_fonctionnement: eur('Real operating revenue (RRF), asset sales 775 excluded'),
  depenses_reelles_fonctionnement: eur('Real operating expenses (DRF), interest included'),
  epargne_gestion: eur('RRF - (DRF - interest 6611x)'),
  epargne_brute: eur('RRF - DRF (CAF brute)'),
  taux_epargne_brute: num('epargne_brute / RRF, fraction (0.123 for 12.3 %)', true),
  remboursement_capital: eur(
    'Executed capital repayment, accounts 1641x (refinancing 166 excluded)',
  ),
  epargne_nette: eur('epargne_brute - remboursement_capital'),
  encours_dette: eur('Outstanding debt at 31/12 (debt annex); null when unknown', true),
  capacite_desendettement_annees: num(
    'encours_dette / epargne_brute, years; null when unknown or when savings are nil or negative',
    true,
  ),
};

const budgetParam = queryParam(
  'budget',
  { type: 'string', default: 'principal', example: 'consolidated' },
  "principal (default), the SIRET of a budget annexe (see /budget/budgets), or consolidated (every budget, transfers between them taken out)",
  false,
);

const healthProps = {
  ...contract,
  budget: str('principal, the SIRET of a budget annexe, or consolidated'),
  budget_kind: str('principal, annexe or consolidated'),
  budget_name: str('As the files name it'),
  population: int(),
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
  rrf_par_habitant: eur('Per inhabitant'),
  drf_par_habitant: eur('Per inhabitant'),
  depenses_equipement_par_habitant: eur('Per inhabitant'),
  encours_dette_par_habitant: eur('Per inhabitant', true),
  taux_epargne_brute_status: str('ok, warning (< 10 %) or critical (< 7 %)', true),
  capacite_desendettement_status: str(
    'ok, warning (> 12 years) or critical (> 15 years, or debt with no savings)',
    true,
  ),
  epargne_nette_status: str('ok or critical (negative)'),
  epargne_brute_prev: eur('Previous year', true),
  epargne_brute_change: rate('Change on the previous year'),
  taux_epargne_brute_prev: rate('Previous year'),
  capacite_desendettement_prev: num('Previous year, years', true),
  depenses_equipement_prev: eur('Previous year', true),
  depenses_equipement_change: rate('Change on the previous year'),
  encours_dette_prev: eur('Previous year', true),
};
const health = object(healthProps);

const credits = {
  credits_after_bp: eur(
    'Credits voted in the BP (with the carry-overs it takes back); null without BP/BS/DM',
    true,
  ),
  credits_after_bs: eur('... after the BS', true),
  credits_after_dm: eur('... after every DM', true),
  carry_prev: eur('Restes à réaliser N-1 taken back'),
  credits_open: eur(
    'Crédits ouverts: as the CA records them, else BP + BS + DM + carry-overs',
    true,
  ),
  executed: eur('Executed (CA); null while the year has no CA', true),
  carry_next: eur('Restes à réaliser at 31/12', true),
  cancelled: eur('credits_open - executed - carry_next', true),
  execution_rate: rate('executed / credits_open (never against the BP alone)'),
};

const executionRow = object({
  section: str('F or I'),
  direction: str('D or R'),
  level: str(levels.join(', ')),
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
  section: str(),
  direction: str(),
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
  programme_id: str(),
  name: str(),
  description: str(undefined, true),
  status: str(programmeStatuses.join(', ')),
  function_code: str(undefined, true),
  function: str(undefined, true),
  function_label: str(),
  quartier_id: int(),
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
  severity: str(
    'high ("Critique") or medium ("À surveiller"): the most serious of its alerts in the alerts centre (view ' +
      'kpi_programme_severity); medium when over its AP, late or suspended without an alert; null otherwise',
    true,
  ),
});

const placeRow = object({
  place_kind: str(placeKinds.join(', ')),
  place_key: str('Quartier id, building_id, street or INSEE code'),
  place_label: str(),
  quartier_id: int(),
  population: int(),
  cp_executed_eur: eur('Payment credits executed that year'),
  cp_planned_eur: eur('Payment credits planned that year'),
  executed_per_inhabitant: eur('Per inhabitant', true),
  planned_per_inhabitant: eur('Per inhabitant', true),
  programmes: int('Programmes with credits there that year'),
});

const operationRow = object({
  programme_id: str(),
  name: str(),
  status: str(),
  year: int(),
  cp_planned_eur: eur('That year'),
  cp_executed_eur: eur('That year'),
  cp_executed_cumulative: eur('Up to that year'),
  ap_amount_eur: eur('AP'),
  quartier_id: int(),
  quartier: str(undefined, true),
  building_id: str(undefined, true),
  building_name: str(undefined, true),
  street: str(undefined, true),
});

const communesList = queryParam(
  'communes',
  { type: 'string', example: '59350,59512,59599,59378' },
  'INSEE codes separated by commas (default: every commune with accounts that year)',
  false,
);

export const budgetOpenApi = {
  '/budget/ratios': get(
    'Budget',
    'Financial health ratios of a year (stable contract for BI tools)',
    [communeParam, yearParam(), budgetParam],
    jsonResponse(
      'The nine ratios of the compte administratif, budget principal unless `budget` says otherwise, real operations (view kpi_budget_ratios_by_budget)',
      object(contract),
    ),
    'Euros, executed accounts (CA, else the comptable\'s balance) of the year. taux_epargne_brute is a fraction. capacite_desendettement_annees is null when the debt is unknown or the savings are nil or negative (always for a budget annexe and the consolidated budget: the debt annex loaded is the principal\'s). 404 when the year has no CA.',
  ),
  '/budget/health': get(
    'Budget',
    'Every ratio with its alert status, year by year (trends)',
    [
      communeParam,
      yearParam(false),
      budgetParam,
      queryParam(
        'years',
        { type: 'integer', default: 6 },
        'How many years, ending with `year` (default: the latest CA)',
        false,
      ),
      formatParam,
    ],
    jsonResponse('One row per year (view kpi_budget_ratios)', arrayOf(health)),
    fileNote,
  ),
  '/budget/budgets': get(
    'Budget',
    "The commune's budgets: its budget principal and each budget annexe (lotissement, eau...)",
    [communeParam],
    jsonResponse(
      'Budget principal first (view stg_budget_budgets)',
      arrayOf(
        object({
          code: str('principal, or the SIRET of a budget annexe (the `budget` parameter of /budget/ratios and /budget/health)'),
          kind: str('principal or annexe'),
          name: str(),
          siret: str('14 digits', true),
          first_year: num('First year with lines', true),
          last_year: num('Last year with lines', true),
          accounts_years: arrayOf(int()),
        }),
      ),
    ),
  ),
  '/budget/documents': get(
    'Budget',
    'Budget documents loaded: years and stages (BP, BS, DM n, CA)',
    [communeParam],
    jsonResponse(
      'Latest year first (view stg_budget_documents)',
      arrayOf(
        object({
          year: int(),
          stage: str('BP, BS, DM or CA'),
          document_seq: int('DM number'),
          nomenclature: str('M57 or M14'),
          lines: int(),
          voted_eur: eur('Voted in the document (real operations)', true),
          executed_eur: eur('Executed (CA)', true),
          last_import_at: str(undefined, true),
        }),
      ),
    ),
  ),
  '/budget/thresholds': get(
    'Budget',
    'Alert thresholds of the ratios, with their source',
    [],
    jsonResponse(
      'Thresholds',
      arrayOf(
        object({
          indicator: str(),
          warning: num(),
          critical: num(),
          direction: str('below or above: on which side the danger lies'),
          unit: str(),
          source: str(),
        }),
      ),
    ),
  ),
  '/budget/execution': get(
    'Budget',
    'Voted vs executed, rolled up by section, chapter, function, sub-function or article',
    [
      communeParam,
      yearParam(),
      queryParam(
        'level',
        { type: 'string', enum: [...levels], default: 'chapter' },
        'Roll-up level',
        false,
      ),
      sectionParam,
      directionParam,
      queryParam('function', { type: 'string' }, 'Only this function (one digit)', false),
      queryParam('subfunction', { type: 'string' }, 'Only this sub-function (two digits)', false),
      queryParam('chapter', { type: 'string' }, 'Only this chapter', false),
      formatParam,
    ],
    jsonResponse('Real operations (view kpi_budget_execution)', arrayOf(executionRow)),
    fileNote,
  ),
  '/budget/lines': get(
    'Budget',
    'The budget lines behind a figure (drill-down to the line)',
    [
      communeParam,
      yearParam(),
      sectionParam,
      directionParam,
      queryParam('function', { type: 'string' }, 'Function (one digit)', false),
      queryParam('chapter', { type: 'string' }, 'Chapter', false),
      queryParam('account', { type: 'string' }, 'Account (article)', false),
      queryParam(
        'operations',
        { type: 'string', enum: ['real', 'order', 'all'], default: 'real' },
        'Real operations, order operations or both',
        false,
      ),
      formatParam,
    ],
    jsonResponse(
      'One row per line key, every document of the year brought together (view stg_budget_voted_executed)',
      arrayOf(lineRow),
    ),
    fileNote,
  ),
  '/budget/comparison': get(
    'Budget',
    'The ratios of partner communes side by side',
    [yearParam(), communesList, formatParam],
    jsonResponse(
      'One row per commune, largest first (view kpi_budget_ratios)',
      arrayOf(object({ commune: str(), ...healthProps })),
    ),
    fileNote,
  ),
  '/budget/structure': get(
    'Budget',
    'How executed spending or revenue splits, by nature or by function, per commune',
    [
      yearParam(),
      communesList,
      queryParam(
        'axis',
        { type: 'string', enum: ['nature', 'function'], default: 'nature' },
        'By chapter or by function',
        false,
      ),
      { ...sectionParam, schema: { type: 'string', enum: ['F', 'I'], default: 'F' } },
      { ...directionParam, schema: { type: 'string', enum: ['D', 'R'], default: 'D' } },
      formatParam,
    ],
    jsonResponse(
      'One row per commune and code (view kpi_budget_structure)',
      arrayOf(
        object({
          commune_insee: str(),
          commune: str(),
          year: int(),
          section: str(),
          direction: str(),
          axis: str(),
          code: str(),
          label: str(),
          executed: eur('Executed (CA)'),
          share_of_section: rate('Share of the section'),
          executed_per_inhabitant: eur('Per inhabitant', true),
        }),
      ),
    ),
    fileNote,
  ),
  '/budget/programmes': get(
    'Budget',
    'Multi-year programmes (AP/CP): cost, progress, slippage, location',
    [
      communeParam,
      queryParam(
        'status',
        { type: 'string', enum: [...programmeStatuses] },
        'Only this status',
        false,
      ),
      queryParam('quartier', { type: 'integer' }, 'Only programmes in this quartier (id)', false),
      formatParam,
    ],
    jsonResponse('By start date (view kpi_budget_programmes)', arrayOf(programmeRow)),
    fileNote,
  ),
  '/budget/programmes/{id}/years': get(
    'Budget',
    'Payment credits of one programme, year by year',
    [pathParam('id', 'Programme (AP) number'), communeParam, formatParam],
    jsonResponse(
      'One row per year (view kpi_budget_programme_years)',
      arrayOf(
        object({
          year: int(),
          cp_planned_eur: eur('Planned'),
          cp_executed_eur: eur('Executed'),
          cp_executed_cumulative: eur('Executed up to that year'),
          execution_rate: rate('executed / planned'),
        }),
      ),
    ),
    fileNote,
  ),
  '/budget/investment': get(
    'Budget',
    'Localised investment: per quartier (choropleth), building, street',
    [
      communeParam,
      yearParam(),
      queryParam(
        'place',
        { type: 'string', enum: [...placeKinds], default: 'quartier' },
        'Kind of place',
        false,
      ),
      formatParam,
    ],
    jsonResponse('Most invested first (view kpi_budget_investment_places)', arrayOf(placeRow)),
    fileNote,
  ),
  '/budget/investment/operations': get(
    'Budget',
    'The programmes that spent in a quartier that year (click on the map)',
    [
      communeParam,
      yearParam(),
      queryParam(
        'quartier',
        { type: 'string' },
        'Quartier id, or "none" for programmes in no quartier; all when absent',
        false,
      ),
      formatParam,
    ],
    jsonResponse('Most spent first (view kpi_budget_programme_years)', arrayOf(operationRow)),
    fileNote,
  ),
};
