import type { Knex } from 'knex';
import * as f from './french-format';
import type { BriefAlert, Family, Headline, HeadlineStatus } from './brief.schemas';

/**
 * THE one place the council brief (page and PDF) reads its headline figures and alert severities from (issue 12:
 * one number per KPI). Today: the existing views (kpi_commune_year_overview, kpi_budget_ratios_by_budget,
 * kpi_alerts, kpi_fluids_alerts). When the KPI catalogue (`analytics` rows behind GET /kpis) lands, only this file
 * changes: every figure, status and severity below is then read from it as is.
 */

type Row = Record<string, unknown>;
const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

const RATIO_STATUS: Record<string, HeadlineStatus> = { ok: 'ok', warning: 'watch', critical: 'alert' };

function relative(current: number | null, previous: number | null): number | null {
  return current === null || previous === null || previous === 0 ? null : current / previous - 1;
}

function thresholdText(row: Row | undefined, kind: 'percent' | 'years'): string | null {
  if (!row) return null;
  const show = (value: unknown) => (kind === 'percent' ? f.percent(num(value)) : f.years(num(value)));
  const word = row['direction'] === 'below' ? 'sous' : 'au-delà de';
  return `alerte ${word} ${show(row['warning'])}, critique ${word} ${show(row['critical'])}`;
}

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

function headline(
  partial: Omit<Headline, 'threshold' | 'status' | 'comparison' | 'change' | 'change_kind'> & Partial<Headline>,
): Headline {
  return { threshold: null, status: null, comparison: null, change: null, change_kind: 'relative', ...partial };
}

/** The headline figures of each family for the year (budget: the latest compte administratif up to that year). */
export async function headlineFigures(db: Knex, commune: string, year: number): Promise<Headline[]> {
  const cover = await coverage(db, commune, year);
  const [overview, ratios, thresholds] = await Promise.all([
    db('analytics.kpi_commune_year_overview')
      .where({ commune_insee: commune })
      .whereIn('year', [year, year - 1])
      .select('*'),
    db('analytics.kpi_budget_ratios_by_budget')
      .where({ commune_insee: commune, budget: 'principal' })
      .where('year', '<=', year)
      .orderBy('year', 'desc')
      .first('*'),
    db('budget_alert_thresholds').select('*'),
  ]);
  const now = overview.find((row: Row) => row['year'] === year) as Row | undefined;
  const before = overview.find((row: Row) => row['year'] === year - 1) as Row | undefined;
  const threshold = (indicator: string) =>
    thresholds.find((row: Row) => row['indicator'] === indicator) as Row | undefined;
  const figures: Headline[] = [];

  if (ratios) {
    const accounts = Number(ratios['year']);
    const source = `Compte administratif ${accounts}, budget principal`;
    const rate = num(ratios['taux_epargne_brute']);
    const ratePrev = num(ratios['taux_epargne_brute_prev']);
    figures.push(
      headline({
        family: 'budget',
        indicator: 'taux_epargne_brute',
        label: "Taux d'épargne brute",
        value: rate,
        unit: 'fraction',
        text: f.percent(rate),
        period_label: String(accounts),
        complete: true,
        change: rate !== null && ratePrev !== null ? rate - ratePrev : null,
        change_kind: 'points',
        comparison:
          rate !== null && ratePrev !== null
            ? `${f.signedPoints(rate - ratePrev)} par rapport à ${accounts - 1}`
            : null,
        status: RATIO_STATUS[String(ratios['taux_epargne_brute_status'])] ?? null,
        threshold: thresholdText(threshold('taux_epargne_brute'), 'percent'),
        source,
      }),
    );
    const capacity = num(ratios['capacite_desendettement_annees']);
    const capacityPrev = num(ratios['capacite_desendettement_prev']);
    figures.push(
      headline({
        family: 'budget',
        indicator: 'capacite_desendettement_annees',
        label: 'Capacité de désendettement',
        value: capacity,
        unit: 'years',
        text: f.years(capacity),
        period_label: String(accounts),
        complete: true,
        change: relative(capacity, capacityPrev),
        comparison: capacityPrev !== null ? `${f.years(capacityPrev)} en ${accounts - 1}` : null,
        status: RATIO_STATUS[String(ratios['capacite_desendettement_status'])] ?? null,
        threshold: thresholdText(threshold('capacite_desendettement_annees'), 'years'),
        source,
      }),
    );
    const equipment = num(ratios['depenses_equipement']);
    const equipmentChange = num(ratios['depenses_equipement_change']);
    figures.push(
      headline({
        family: 'budget',
        indicator: 'depenses_equipement',
        label: "Dépenses d'équipement",
        value: equipment,
        unit: 'EUR',
        text: f.amount(equipment),
        period_label: String(accounts),
        complete: true,
        change: equipmentChange,
        comparison:
          equipmentChange !== null ? `${f.signedPercent(equipmentChange)} par rapport à ${accounts - 1}` : null,
        source,
      }),
    );
  }

  const yearly = (family: Family, key: string, months: number) => {
    const value = num(now?.[key]);
    const previous = num(before?.[key]);
    const complete = months >= 12;
    return { value, previous, complete, period: f.periodLabel(year, Math.max(months, 1)) };
  };

  const cost = yearly('fluids', 'fluids_cost_eur', cover.fluids);
  figures.push(
    headline({
      family: 'fluids',
      indicator: 'fluids_cost_eur',
      label: 'Facture des fluides (énergie et eau)',
      value: cost.value,
      unit: 'EUR',
      text: f.amount(cost.value),
      period_label: cost.period,
      complete: cost.complete,
      // a year in progress is never compared with a whole year
      change: cost.complete ? relative(cost.value, cost.previous) : null,
      comparison:
        cost.complete && relative(cost.value, cost.previous) !== null
          ? `${f.signedPercent(relative(cost.value, cost.previous))} par rapport à ${year - 1}`
          : null,
      source: 'Factures des bâtiments municipaux, TTC',
    }),
  );
  const energy = yearly('fluids', 'fluids_kwh', cover.fluids);
  figures.push(
    headline({
      family: 'fluids',
      indicator: 'fluids_kwh',
      label: 'Énergie consommée (non corrigée du climat)',
      value: energy.value,
      unit: 'kWh',
      text: energy.value === null ? f.missing : `${f.decimal(energy.value / 1e6)}${f.spaces.NBSP}GWh`,
      period_label: energy.period,
      complete: energy.complete,
      change: energy.complete ? relative(energy.value, energy.previous) : null,
      comparison:
        energy.complete && relative(energy.value, energy.previous) !== null
          ? `${f.signedPercent(relative(energy.value, energy.previous))} par rapport à ${year - 1}`
          : null,
      source: 'Factures des bâtiments municipaux',
    }),
  );
  const vacancy = yearly('commerce', 'vacancy_rate', cover.commerce);
  figures.push(
    headline({
      family: 'commerce',
      indicator: 'vacancy_rate',
      label: 'Vacance commerciale',
      value: vacancy.value,
      unit: 'fraction',
      text: f.percent(vacancy.value),
      period_label: vacancy.complete
        ? `au 31 déc. ${year}`
        : `fin ${f.monthYear(`${year}-${String(cover.commerce).padStart(2, '0')}`)}`,
      complete: vacancy.complete,
      change: vacancy.value !== null && vacancy.previous !== null ? vacancy.value - vacancy.previous : null,
      change_kind: 'points',
      comparison:
        vacancy.value !== null && vacancy.previous !== null
          ? `${f.signedPoints(vacancy.value - vacancy.previous)} en un an`
          : null,
      source: `Locaux commerciaux en rez-de-chaussée : ${f.integer(num(now?.['vacant_premises']))} vides sur ${f.integer(num(now?.['premises']))}`,
    }),
  );
  const footfall = yearly('flows', 'footfall', cover.counts);
  const days = (months: number, y: number) =>
    Math.round((Date.UTC(y, Math.min(months, 12), 1) - Date.UTC(y, 0, 1)) / 86_400_000);
  const perDay = footfall.value === null ? null : footfall.value / days(cover.counts || 12, year);
  const perDayBefore = footfall.previous === null ? null : footfall.previous / days(12, year - 1);
  figures.push(
    headline({
      family: 'flows',
      indicator: 'footfall_per_day',
      label: 'Passages de piétons comptés, par jour',
      value: perDay,
      unit: 'per_day',
      text: perDay === null ? f.missing : `${f.integer(perDay)} par jour`,
      period_label: footfall.period,
      complete: footfall.complete,
      change: relative(perDay, perDayBefore),
      comparison:
        relative(perDay, perDayBefore) !== null
          ? `${f.signedPercent(relative(perDay, perDayBefore))} par rapport à ${year - 1} (moyenne par jour)`
          : null,
      source: 'Compteurs piétons de la commune',
    }),
  );
  return figures;
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
