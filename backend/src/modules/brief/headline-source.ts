import type { Knex } from 'knex';
import * as f from './french-format';
import * as kpis from '../kpis/kpis.repository';
import type { KpiRow } from '../kpis/kpis.schemas';
import type { BriefAlert, Family, Headline } from './brief.schemas';

/**
 * THE one place the council brief (page and PDF) reads its headline figures and alert severities from (issue 12:
 * one number per KPI): the KPI catalogue (analytics.kpi_catalogue, the rows of GET /kpis) for the figures, their
 * periods, comparisons and statuses; the alerts centre's own rows and severities (kpi_alerts, kpi_fluids_alerts)
 * for the alerts. Nothing here judges or recomputes a figure: it writes them in French.
 */

type Row = Record<string, unknown>;
const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** How many months of `year` the data of a source covers (12 for a past year). */
export function monthsCovered(latest: string | null, year: number): number {
  if (!latest) return 12;
  const [y, m, d] = latest.split('-').map(Number);
  if (y > year) return 12;
  if (y < year) return 0;
  // latest_data is the last day covered: 2026-10-31 -> 10 months, 2026-10-15 -> 9 complete months
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d === lastDay ? m : m - 1;
}

/** A SQL date as 'YYYY-MM-DD', whether the driver gives a string or a Date at local midnight. */
export function isoDay(value: string | Date | null): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

interface Coverage {
  budget: number;
  fluids: number;
  commerce: number;
  counts: number;
  latest: Record<string, string | null>;
}

export async function coverage(db: Knex, commune: string, year: number): Promise<Coverage> {
  const rows: { source: string; latest_data: string | Date | null }[] = await db('analytics.kpi_data_freshness')
    .where({ commune_insee: commune })
    .select('source', 'latest_data');
  const latest = Object.fromEntries(rows.map((row) => [row.source, isoDay(row.latest_data)]));
  const of = (source: string) => monthsCovered(latest[source] ?? null, year);
  return { budget: of('budget'), fluids: of('fluids'), commerce: of('commerce'), counts: of('counts'), latest };
}

/** The catalogue's indicators the brief shows, in its order. */
const BRIEF_INDICATORS = [
  'taux_epargne_brute',
  'capacite_desendettement',
  'depenses_equipement',
  'fluids_cost',
  'energy_corrected',
  'vacancy_rate',
  'footfall',
];

const MONTHS_SHORT = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];

/** A catalogue date as 'YYYY-MM-DD' (a Date when read without the app's type parsers). */
const day = (value: string | Date) => isoDay(value)!;

/** "2025", "janv.–oct. 2026", "au 31 déc. 2025". */
function periodText(row: KpiRow): string {
  const [y, m, d] = day(row.period_end).split('-').map(Number);
  if (row.period_kind === 'date') return `au ${d}${f.spaces.NBSP}${MONTHS_SHORT[m - 1]} ${y}`;
  if (row.period_kind === 'month') return f.monthYear(row.period_end);
  return row.complete ? String(row.year) : f.periodLabel(row.year, row.months_covered);
}

function valueText(value: number | null, unit: KpiRow['unit']): string {
  switch (unit) {
    case 'fraction':
      return f.percent(value);
    case 'years':
      return f.years(value);
    case 'EUR':
      return f.amount(value);
    case 'kWh':
      return value === null ? f.missing : `${f.decimal(value / 1e6)}${f.spaces.NBSP}GWh`;
    case 'per_day':
      return value === null ? f.missing : `${f.integer(value)} par jour`;
    default:
      // 57 013 742 counted passages read as "57,0 millions"
      return value !== null && Math.abs(value) >= 1e6
        ? `${f.decimal(value / 1e6)}${f.spaces.NBSP}millions`
        : f.integer(value);
  }
}

function comparisonText(row: KpiRow): string | null {
  if (row.change === null || !row.comparison_start) return null;
  const [cy, cm] = day(row.comparison_start).split('-').map(Number);
  const [, em] = day(row.comparison_end ?? row.comparison_start)
    .split('-')
    .map(Number);
  const when = cm === 1 && em === 12 ? String(cy) : `${MONTHS_SHORT[cm - 1]}–${MONTHS_SHORT[em - 1]} ${cy}`;
  const change = row.change_kind === 'points' ? f.signedPoints(row.change) : f.signedPercent(row.change);
  return `${change} par rapport à ${when}`;
}

function thresholdText(row: KpiRow): string | null {
  if (row.threshold === null || !row.threshold_direction) return null;
  const word = row.threshold_direction === 'below' ? 'sous' : 'au-delà de';
  const show = (value: number | null) =>
    row.threshold_judged_on === 'change' ? f.signedPercent(value) : valueText(value, row.unit);
  const on = row.threshold_judged_on === 'change' ? ' (évolution)' : '';
  return row.watch_threshold === null
    ? `alerte ${word} ${show(row.threshold)}${on}`
    : `vigilance ${word} ${show(row.watch_threshold)}, alerte ${word} ${show(row.threshold)}${on}`;
}

const SOURCES: Record<string, string> = {
  budget: 'Compte administratif, budget principal',
  fluids: 'Factures des bâtiments municipaux, TTC',
  commerce: 'Locaux commerciaux en rez-de-chaussée',
  flows: 'Compteurs piétons de la commune',
};

/**
 * The headline figures of each family for the year, read from the KPI catalogue (analytics.kpi_catalogue, the rows
 * of GET /kpis): value, period, comparison and status as the catalogue defines and judges them; here they are only
 * written in French.
 */
export async function headlineFigures(db: Knex, commune: string, year: number): Promise<Headline[]> {
  const rows = (await kpis.list(db, { commune, year, publicOnly: false })).filter(
    (row) => row.subject_id === null && BRIEF_INDICATORS.includes(row.indicator),
  );
  return rows
    .sort((a, b) => BRIEF_INDICATORS.indexOf(a.indicator) - BRIEF_INDICATORS.indexOf(b.indicator))
    .map((row) => ({
      family: row.family as Family,
      indicator: row.indicator,
      label: row.label,
      value: row.value,
      unit: row.unit,
      text: valueText(row.value, row.unit),
      period_label: periodText(row),
      complete: row.complete,
      comparison: comparisonText(row),
      change: row.change,
      change_kind: row.change_kind ?? 'relative',
      status: row.status,
      threshold: thresholdText(row),
      source: SOURCES[row.family] ?? row.family,
    }));
}

const KIND_LABELS: Record<string, string> = {
  programme_overrun: 'Dépassement d’AP',
  programme_slippage: 'Retard de programme',
  vacancy_spike: 'Hausse de la vacance',
  footfall_drop: 'Baisse de fréquentation',
  anomaly: 'Consommation anormale',
  leak: 'Fuite d’eau probable',
  step: 'Hausse durable',
  trajectory: 'Décret tertiaire : mauvaise trajectoire',
  missing_readings: 'Relevés manquants',
  rule: 'Seuil dépassé',
};

export const alertKindLabel = (kind: string) => KIND_LABELS[kind] ?? kind;

function finding(row: Row): string {
  const value = num(row['value']) ?? 0;
  const reference = num(row['reference_value']);
  const current = num(row['current_value']);
  switch (row['kind']) {
    case 'programme_overrun':
      return `${f.signedPercent(value / 100)} au-delà de l’AP : ${f.amount(current)} de CP pour ${f.amount(reference)} votés`;
    case 'programme_slippage':
      return `${f.months(value)} de retard sur la date prévue`;
    case 'vacancy_spike':
      return `${f.signedPoints(value / 100)} en un an (${f.percent(reference)} → ${f.percent(current)}), ${f.monthYear(String(row['first_month']))}–${f.monthYear(String(row['last_month']))}`;
    case 'footfall_drop':
      return `${f.signedPercent(-value / 100)} de passages par jour en un an (${f.integer(reference)} → ${f.integer(current)}), depuis ${f.monthYear(String(row['first_month']))}`;
    default:
      return f.decimal(value);
  }
}

/**
 * Every open alert of the alerts centre with its own severity: the budget, commerce and flows alerts
 * (kpi_alerts: 'high' is critical) and the fluids alerts (kpi_fluids_alerts: no severity of their own yet, read as
 * "à surveiller"). Critical first, then the costliest, then the largest.
 */
export async function openAlerts(db: Knex, commune: string): Promise<BriefAlert[]> {
  const [family, fluids] = await Promise.all([
    db('analytics.kpi_alerts')
      .where({ commune_insee: commune, status: 'open' })
      .orderByRaw(
        "case severity when 'high' then 0 else 1 end, estimated_cost_eur desc nulls last, value desc, alert_key",
      )
      .select('*'),
    db('analytics.kpi_fluids_alerts')
      .where({ commune_insee: commune, acknowledged: false })
      .orderByRaw('estimated_cost_eur desc nulls last, alert_key')
      .select('alert_key', 'building_name', 'fluid', 'kind', 'since_month', 'month', 'months', 'estimated_cost_eur'),
  ]);
  const fluidNames: Record<string, string> = {
    electricity: 'électricité',
    gas: 'gaz',
    heat: 'chaleur',
    fuel_oil: 'fioul',
    water: 'eau',
    energy: 'énergie',
  };
  return [
    ...family.map((row: Row): BriefAlert => ({
      key: String(row['alert_key']),
      family: row['family'] as Family,
      kind: String(row['kind']),
      severity: row['severity'] === 'high' ? 'critical' : 'watch',
      subject: String(row['subject_label']),
      quartier: (row['quartier'] as string | null) ?? null,
      finding: finding(row),
      cost_eur: num(row['estimated_cost_eur']),
    })),
    ...fluids.map((row: Row): BriefAlert => ({
      key: String(row['alert_key']),
      family: 'fluids',
      kind: String(row['kind']),
      severity: 'watch',
      subject: String(row['building_name']),
      quartier: null,
      finding: `${fluidNames[String(row['fluid'])] ?? row['fluid']}, ${f.plural(Number(row['months']), 'mois', 'mois')} depuis ${f.monthYear(row['since_month'] as Date)}`,
      cost_eur: num(row['estimated_cost_eur']),
    })),
  ].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : 1));
}
