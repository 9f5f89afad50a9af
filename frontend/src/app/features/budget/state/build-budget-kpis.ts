import { TranslationKey } from '../../../core/i18n/fr';
import { ValueKind } from '../../../core/i18n/format-value';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { KpiStatus } from '../../../shared/ui/kpi-card/kpi-status';
import { ExecutionRow, HealthRow, RatioStatus, ThresholdRow } from '../data-access/budget-rows';
import { KpiView } from '../../../shared/ui/kpi-card/kpi-view';
import { relativeChange } from '../../../shared/numbers/relative-change';

const STATUS: Readonly<Record<RatioStatus, KpiStatus>> = {
  ok: 'ok',
  warning: 'warn',
  critical: 'alert',
};

export function ratioStatus(status: RatioStatus | null | undefined): KpiStatus | null {
  return status ? STATUS[status] : null;
}

/** Status of a value against a threshold row (below: a rate that must stay high; above: years that must stay low). */
export function thresholdStatus(value: number | null, threshold: ThresholdRow | undefined): KpiStatus | null {
  if (value === null || !threshold) return null;
  if (threshold.direction === 'below')
    return value < threshold.critical ? 'alert' : value < threshold.warning ? 'warn' : 'ok';
  return value > threshold.critical ? 'alert' : value > threshold.warning ? 'warn' : 'ok';
}

/** The accounts the ratios come from: the selected year's, else the latest before it. */
export function accountsRow(health: readonly HealthRow[], year: number): HealthRow | null {
  return [...health].filter((row) => row.year <= year).sort((a, b) => b.year - a.year)[0] ?? null;
}

interface Definition {
  id: string;
  label: TranslationKey;
  kind: ValueKind;
  unit?: TranslationKey;
  changeIn?: 'points';
  value: (row: HealthRow) => number | null;
  status: (row: HealthRow) => KpiStatus | null;
}

const DEFINITIONS: readonly Definition[] = [
  {
    id: 'gross-savings',
    label: 'budget.kpi.grossSavings',
    kind: 'compactCurrency',
    value: (r) => r.epargne_brute,
    status: (r) => ratioStatus(r.taux_epargne_brute_status),
  },
  {
    id: 'gross-savings-rate',
    label: 'budget.kpi.grossSavingsRate',
    kind: 'percent',
    changeIn: 'points',
    value: (r) => r.taux_epargne_brute,
    status: (r) => ratioStatus(r.taux_epargne_brute_status),
  },
  {
    id: 'net-savings',
    label: 'budget.kpi.netSavings',
    kind: 'compactCurrency',
    value: (r) => r.epargne_nette,
    status: (r) => ratioStatus(r.epargne_nette_status),
  },
  {
    id: 'debt-capacity',
    label: 'budget.kpi.debtCapacity',
    kind: 'number',
    unit: 'budget.unit.years',
    value: (r) => r.capacite_desendettement_annees,
    status: (r) => ratioStatus(r.capacite_desendettement_status),
  },
  {
    id: 'equipment',
    label: 'budget.kpi.equipment',
    kind: 'compactCurrency',
    value: (r) => r.depenses_equipement,
    status: () => null,
  },
  {
    id: 'debt',
    label: 'budget.kpi.debt',
    kind: 'compactCurrency',
    value: (r) => r.encours_dette,
    status: () => null,
  },
];

/**
 * The financial health cards of the accounts year (the selected one, or the latest before it): level, change on the
 * year before, status against the thresholds, six-year sparkline; plus the execution of the
 * investment credits of the selected year against its threshold.
 */
export function buildBudgetKpis(
  health: readonly HealthRow[],
  execution: readonly ExecutionRow[],
  thresholds: readonly ThresholdRow[],
  year: number,
  lang: Lang,
): KpiView[] {
  const row = accountsRow(health, year);
  const before = row ? (health.find((r) => r.year === row.year - 1) ?? null) : null;
  const history = [...health].filter((r) => r.year <= (row?.year ?? year)).sort((a, b) => a.year - b.year);
  const cards: KpiView[] = DEFINITIONS.map((d) => {
    const value = row ? d.value(row) : null;
    const previous = before ? d.value(before) : null;
    const change =
      d.changeIn === 'points'
        ? value !== null && previous !== null
          ? value - previous
          : null
        : relativeChange(value, previous);
    return {
      id: d.id,
      label: translate(lang, d.label),
      value,
      kind: d.kind,
      unit: d.unit ? translate(lang, d.unit) : '',
      change,
      changeIn: d.changeIn ?? 'relative',
      comparedWith: change === null || !before ? null : before.year,
      status: row ? d.status(row) : null,
      trend: history.map((r) => d.value(r)),
    };
  });
  const investment = execution.find((r) => r.level === 'section' && r.section === 'I' && r.direction === 'D');
  const rate = investment?.execution_rate ?? null;
  cards.splice(4, 0, {
    id: 'investment-execution',
    label: translate(lang, 'budget.kpi.investmentExecution'),
    value: rate,
    kind: 'percent',
    unit: '',
    change: null,
    changeIn: 'points',
    comparedWith: null,
    status: thresholdStatus(
      rate,
      thresholds.find((t) => t.indicator === 'taux_execution_investissement'),
    ),
    trend: [],
  });
  return cards;
}
