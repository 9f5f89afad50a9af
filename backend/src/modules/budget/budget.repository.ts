import type { Knex } from 'knex';

/** The nine figures of the public contract GET /budget/ratios, named as BI tools expect them. */
export const contractColumns = [
  'recettes_reelles_fonctionnement',
  'depenses_reelles_fonctionnement',
  'epargne_gestion',
  'epargne_brute',
  'taux_epargne_brute',
  'remboursement_capital',
  'epargne_nette',
  'encours_dette',
  'capacite_desendettement_annees',
] as const;

/** The contract's figures of one budget: 'principal' (the contract's default), an annexe's SIRET, 'consolidated'. */
export function contractRatios(db: Knex, commune: string, year: number, budget = 'principal') {
  return db('analytics.kpi_budget_ratios_by_budget')
    .where({ commune_insee: commune, year, budget })
    .first('commune_insee', 'year', ...contractColumns);
}

export async function latestAccountsYear(db: Knex, commune: string, budget = 'principal'): Promise<number | undefined> {
  const row = await db('analytics.kpi_budget_ratios_by_budget')
    .where({ commune_insee: commune, budget })
    .max<{ year: number | null }>('year as year')
    .first();
  return row?.year ?? undefined;
}

/** Every ratio of the years from - to (the 6-year trends), of one budget. */
export function health(db: Knex, commune: string, from: number, to: number, budget = 'principal') {
  return db('analytics.kpi_budget_ratios_by_budget')
    .where({ commune_insee: commune, budget })
    .whereBetween('year', [from, to])
    .orderBy('year')
    .select('*');
}

/** The commune's budgets: principal first, then the annexes by name. */
export function budgets(db: Knex, commune: string) {
  return db('analytics.stg_budget_budgets')
    .where({ commune_insee: commune })
    .orderByRaw("kind = 'principal' desc, name")
    .select('code', 'kind', 'name', 'siret', 'first_year', 'last_year', 'accounts_years');
}

export function documents(db: Knex, commune: string) {
  return db('analytics.stg_budget_documents')
    .where({ commune_insee: commune })
    .orderBy([{ column: 'year', order: 'desc' }, 'stage_order', 'document_seq'])
    .select('year', 'stage', 'document_seq', 'nomenclature', 'lines', 'voted_eur', 'executed_eur', 'last_import_at');
}

export interface ExecutionFilter {
  commune: string;
  year: number;
  level: string;
  section?: string;
  direction?: string;
  function?: string;
  subfunction?: string;
  chapter?: string;
}

const executionColumns = [
  'section',
  'direction',
  'level',
  'function',
  'function_label',
  'subfunction',
  'subfunction_label',
  'chapter',
  'chapter_label',
  'account',
  'account_label',
  'credits_after_bp',
  'credits_after_bs',
  'credits_after_dm',
  'carry_prev',
  'credits_open',
  'executed',
  'carry_next',
  'cancelled',
  'execution_rate',
  'commitment_rate',
  'share_of_section',
  'executed_per_inhabitant',
  'lines',
];

export function execution(db: Knex, f: ExecutionFilter) {
  const query = db('analytics.kpi_budget_execution')
    .where({ commune_insee: f.commune, year: f.year, level: f.level })
    .orderBy(['section', 'direction', 'function', 'subfunction', 'chapter', 'account'])
    .select(executionColumns);
  if (f.section) query.where({ section: f.section });
  if (f.direction) query.where({ direction: f.direction });
  if (f.function !== undefined) query.where({ function: f.function });
  if (f.subfunction !== undefined) query.where({ subfunction: f.subfunction });
  if (f.chapter) query.where({ chapter: f.chapter });
  return query;
}

export interface LinesFilter {
  commune: string;
  year: number;
  section?: string;
  direction?: string;
  function?: string;
  chapter?: string;
  account?: string;
  operations: 'real' | 'order' | 'all';
}

export function lines(db: Knex, f: LinesFilter) {
  const query = db('analytics.stg_budget_voted_executed')
    .where({ commune_insee: f.commune, year: f.year })
    .orderBy(['section', 'direction', 'chapter', 'account', 'function_code', 'operation'])
    .select(
      'section',
      'direction',
      'is_real',
      'chapter',
      'chapter_label',
      'account',
      'account_label',
      'function_code',
      'function_code_label',
      'function',
      'function_label',
      'operation',
      'credits_after_bp',
      'credits_after_bs',
      'credits_after_dm',
      'carry_prev',
      'credits_open',
      'executed',
      'carry_next',
      'cancelled',
      'execution_rate',
    );
  if (f.section) query.where({ section: f.section });
  if (f.direction) query.where({ direction: f.direction });
  if (f.function !== undefined) query.where({ function: f.function });
  if (f.chapter) query.where({ chapter: f.chapter });
  if (f.account) query.where({ account: f.account });
  if (f.operations !== 'all') query.where({ is_real: f.operations === 'real' });
  return query;
}

export function comparison(db: Knex, year: number, communes?: string[]) {
  const query = db('analytics.kpi_budget_ratios as r')
    .join('communes as c', 'c.insee_code', 'r.commune_insee')
    .where('r.year', year)
    .orderBy([{ column: 'c.population', order: 'desc' }, 'c.name'])
    .select('c.name as commune', 'r.*');
  if (communes) query.whereIn('r.commune_insee', communes);
  return query;
}

export function structure(
  db: Knex,
  f: { year: number; communes?: string[]; axis: string; section: string; direction: string },
) {
  const query = db('analytics.kpi_budget_structure')
    .where({ year: f.year, axis: f.axis, section: f.section, direction: f.direction })
    .orderBy(['code', 'commune_insee'])
    .select(
      'commune_insee',
      'commune',
      'year',
      'section',
      'direction',
      'axis',
      'code',
      'label',
      'executed',
      'share_of_section',
      'executed_per_inhabitant',
    );
  if (f.communes) query.whereIn('commune_insee', f.communes);
  return query;
}

export function thresholds(db: Knex) {
  return db('budget_alert_thresholds')
    .orderBy('indicator')
    .select('indicator', 'warning', 'critical', 'direction', 'unit', 'source');
}

/** The programmes, each with the severity the alerts centre gives it (view kpi_programme_severity). */
export function programmes(db: Knex, f: { commune: string; status?: string; quartier?: number }) {
  const query = db('analytics.kpi_budget_programmes as p')
    .leftJoin('analytics.kpi_programme_severity as s', function () {
      this.on('s.commune_insee', 'p.commune_insee').andOn('s.programme_id', 'p.programme_id');
    })
    .where({ 'p.commune_insee': f.commune })
    .orderBy([{ column: 'p.start_date' }, 'p.programme_id'])
    .select('p.*', 's.severity');
  if (f.status) query.where({ 'p.status': f.status });
  if (f.quartier) query.where({ 'p.quartier_id': f.quartier });
  return query;
}

export function programme(db: Knex, commune: string, id: string) {
  return db('analytics.kpi_budget_programmes').where({ commune_insee: commune, programme_id: id }).first();
}

export function programmeYears(db: Knex, commune: string, id: string) {
  return db('analytics.kpi_budget_programme_years')
    .where({ commune_insee: commune, programme_id: id })
    .orderBy('year')
    .select('year', 'cp_planned_eur', 'cp_executed_eur', 'cp_executed_cumulative', 'execution_rate');
}

export function investmentPlaces(db: Knex, commune: string, year: number, place: string) {
  return db('analytics.kpi_budget_investment_places')
    .where({ commune_insee: commune, year, place_kind: place })
    .orderBy([{ column: 'cp_executed_eur', order: 'desc' }, 'place_label'])
    .select(
      'place_kind',
      'place_key',
      'place_label',
      'quartier_id',
      'population',
      'cp_executed_eur',
      'cp_planned_eur',
      'executed_per_inhabitant',
      'planned_per_inhabitant',
      'programmes',
    );
}

export function operations(db: Knex, commune: string, year: number, quartier?: number | 'none') {
  const query = db('analytics.kpi_budget_programme_years')
    .where({ commune_insee: commune, year })
    .orderBy([{ column: 'cp_executed_eur', order: 'desc' }, 'programme_id'])
    .select(
      'programme_id',
      'name',
      'status',
      'year',
      'cp_planned_eur',
      'cp_executed_eur',
      'cp_executed_cumulative',
      'ap_amount_eur',
      'quartier_id',
      'quartier',
      'building_id',
      'building_name',
      'street',
    );
  if (quartier === 'none') query.whereNull('quartier_id');
  else if (quartier !== undefined) query.where({ quartier_id: quartier });
  return query;
}
