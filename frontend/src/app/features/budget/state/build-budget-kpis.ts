import { TranslationKey } from '../../../core/i18n/dictionaries';
import { ValueKind } from '../../../core/i18n/format-value';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { findKpi, KpiRow } from '../../../shared/kpis/kpi-row';
import { kpiRowView } from '../../../shared/kpis/kpi-row-view';
import { KpiView } from '../../../shared/ui/kpi-card/kpi-view';
import { HealthRow } from '../data-access/budget-rows';

/** The accounts the ratios come from: the selected year's, else the latest before it. */
export function accountsRow(health: readonly HealthRow[], year: number): HealthRow | null {
  return [...health].filter((row) => row.year <= year).sort((a, b) => b.year - a.year)[0] ?? null;
}

interface Definition {
  id: string;
  label: TranslationKey;
  /** The KPI catalogue's indicator the card shows. */
  indicator: string;
  kind: ValueKind;
  unit?: TranslationKey;
  /** The ratio the sparkline draws, year by year (none: no sparkline). */
  trend?: (row: HealthRow) => number | null;
}

const DEFINITIONS: readonly Definition[] = [
  {
    id: 'gross-savings',
    label: 'budget.kpi.grossSavings',
    indicator: 'epargne_brute',
    kind: 'compactCurrency',
    trend: (r) => r.epargne_brute,
  },
  {
    id: 'gross-savings-rate',
    label: 'budget.kpi.grossSavingsRate',
    indicator: 'taux_epargne_brute',
    kind: 'percent',
    trend: (r) => r.taux_epargne_brute,
  },
  {
    id: 'net-savings',
    label: 'budget.kpi.netSavings',
    indicator: 'epargne_nette',
    kind: 'compactCurrency',
    trend: (r) => r.epargne_nette,
  },
  {
    id: 'debt-capacity',
    label: 'budget.kpi.debtCapacity',
    indicator: 'capacite_desendettement',
    kind: 'number',
    unit: 'budget.unit.years',
    trend: (r) => r.capacite_desendettement_annees,
  },
  {
    id: 'investment-execution',
    label: 'budget.kpi.investmentExecution',
    indicator: 'taux_execution_investissement',
    kind: 'percent',
  },
  {
    id: 'equipment',
    label: 'budget.kpi.equipment',
    indicator: 'depenses_equipement',
    kind: 'compactCurrency',
    trend: (r) => r.depenses_equipement,
  },
  {
    id: 'debt',
    label: 'budget.kpi.debt',
    indicator: 'encours_dette',
    kind: 'compactCurrency',
    trend: (r) => r.encours_dette,
  },
];

/**
 * The financial health cards of the accounts year (the selected one, or the latest before it), as the KPI catalogue
 * gives them: value, change on the year before (relative for amounts, in points for rates), status against the
 * commune's thresholds; with a six-year sparkline of the ratios. Nothing is judged or recomputed here.
 */
export function buildBudgetKpis(
  health: readonly HealthRow[],
  catalogue: readonly KpiRow[],
  year: number,
  lang: Lang,
): KpiView[] {
  const accounts = accountsRow(health, year);
  const rows = catalogue.filter((row) => row.year === accounts?.year);
  const history = [...health].filter((r) => r.year <= (accounts?.year ?? year)).sort((a, b) => a.year - b.year);
  return DEFINITIONS.map((d) =>
    kpiRowView(
      findKpi(rows, d.indicator),
      {
        id: d.id,
        label: translate(lang, d.label),
        kind: d.kind,
        unit: d.unit ? translate(lang, d.unit) : '',
        trend: d.trend ? history.map(d.trend) : [],
      },
      lang,
    ),
  );
}
