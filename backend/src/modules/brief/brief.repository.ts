import type { Knex } from 'knex';

/** The council brief's reads: SQL views only (the KPIs live in SQL, see sql/README.md). */

export function commune(
  db: Knex,
  insee: string,
): Promise<{ insee_code: string; name: string; population: number | null } | undefined> {
  return db('communes').where({ insee_code: insee }).first('insee_code', 'name', 'population');
}

export interface ExecutionRow {
  year: number;
  section: 'F' | 'I';
  level: 'section' | 'chapter';
  chapter: string | null;
  chapter_label: string | null;
  credits_open: string;
  executed: string;
  execution_rate: string | null;
}

/** Voted (crédits ouverts) vs executed expenses of the budget principal by section and chapter (kpi_budget_execution). */
export async function execution(db: Knex, insee: string, year: number): Promise<ExecutionRow[]> {
  const latest = await db('analytics.kpi_budget_execution')
    .where({ commune_insee: insee, level: 'section', direction: 'D' })
    .where('year', '<=', year)
    .max<{ year: number | null }>('year as year')
    .first();
  if (!latest?.year) return [];
  return db('analytics.kpi_budget_execution')
    .where({ commune_insee: insee, year: latest.year, direction: 'D' })
    .whereIn('level', ['section', 'chapter'])
    .orderBy([{ column: 'section' }, { column: 'level', order: 'desc' }, { column: 'executed', order: 'desc' }])
    .select('year', 'section', 'level', 'chapter', 'chapter_label', 'credits_open', 'executed', 'execution_rate');
}

export interface ProgrammeRow {
  programme_id: string;
  name: string;
  status: string;
  quartier: string | null;
  ap_amount_eur: string;
  cp_executed_to_date: string;
  /** CP executed or planned, whichever is higher: what the overrun alert compares with the AP. */
  cp_highest: string | null;
  overrun_eur: string | null;
  overrun_severity: 'high' | 'medium' | null;
  planned_end_date: Date;
  expected_end_date: Date;
  slippage_months: string | null;
  slippage_severity: 'high' | 'medium' | null;
}

/**
 * The programmes the alerts centre flags (kpi_alerts, budget family: an overrun of the AP by the CP executed or
 * planned, a slippage past the threshold), with their AP/CP and dates (kpi_budget_programmes): the most at stake
 * first.
 */
export function programmesAtRisk(db: Knex, insee: string): Promise<ProgrammeRow[]> {
  const alerts = db('analytics.kpi_alerts')
    .where({ commune_insee: insee, family: 'budget' })
    .groupBy('subject_id')
    .select(
      'subject_id',
      db.raw("max(current_value) filter (where kind = 'programme_overrun') as cp_highest"),
      db.raw("max(estimated_cost_eur) filter (where kind = 'programme_overrun') as overrun_eur"),
      db.raw("min(severity) filter (where kind = 'programme_overrun') as overrun_severity"),
      db.raw("max(value) filter (where kind = 'programme_slippage') as slippage_months"),
      db.raw("min(severity) filter (where kind = 'programme_slippage') as slippage_severity"),
    );
  return db('analytics.kpi_budget_programmes as p')
    .join(alerts.as('a'), 'a.subject_id', 'p.programme_id')
    .where('p.commune_insee', insee)
    .orderByRaw(
      "least(case a.overrun_severity when 'high' then 0 end, case a.slippage_severity when 'high' then 0 end, 1), a.overrun_eur desc nulls last, a.slippage_months desc nulls last, p.programme_id",
    )
    .select(
      'p.programme_id',
      'p.name',
      'p.status',
      'p.quartier',
      'p.ap_amount_eur',
      'p.cp_executed_to_date',
      'a.cp_highest',
      'a.overrun_eur',
      'a.overrun_severity',
      'p.planned_end_date',
      'p.expected_end_date',
      'a.slippage_months',
      'a.slippage_severity',
    );
}

export interface QuartierRow {
  quartier_id: number;
  quartier: string;
  population: number | null;
  fluids_cost_eur: string;
  investment_eur: string;
  investment_per_inhabitant_eur: string | null;
  commune_investment_per_inhabitant_eur: string | null;
  investment_rank: number | null;
  premises: number;
  vacant_premises: number;
  vacancy_rate: string | null;
  commune_vacancy_rate: string | null;
  footfall: string;
}

/**
 * Every quartier's figures of the year (kpi_quartier_year_summary) beside the commune's: investment per inhabitant
 * of all quartiers together and its rank (1 = most per inhabitant), vacancy of all quartiers' premises together.
 */
export function quartiers(db: Knex, insee: string, year: number): Promise<QuartierRow[]> {
  return db
    .with('q', db('analytics.kpi_quartier_year_summary').where({ commune_insee: insee, year }).select('*'))
    .from('q')
    .orderBy('quartier')
    .select(
      'quartier_id',
      'quartier',
      'population',
      'fluids_cost_eur',
      'investment_eur',
      'investment_per_inhabitant_eur',
      db.raw(
        'round(sum(investment_eur) over () / nullif(sum(population) filter (where population > 0) over (), 0), 2) as commune_investment_per_inhabitant_eur',
      ),
      db.raw(
        'case when investment_per_inhabitant_eur is not null then rank() over (order by investment_per_inhabitant_eur desc nulls last)::int end as investment_rank',
      ),
      'premises',
      'vacant_premises',
      'vacancy_rate',
      db.raw('sum(vacant_premises) over ()::numeric / nullif(sum(premises) over (), 0) as commune_vacancy_rate'),
      'footfall',
    );
}
