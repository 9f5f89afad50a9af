import { isPartialYear } from '../../../core/context/years';
import { TranslationKey } from '../../../core/i18n/fr';
import { ValueKind } from '../../../core/i18n/format-value';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { KpiStatus } from '../../../shared/ui/kpi-card/kpi-status';
import { OverviewRow } from '../data-access/overview-row';
import { KpiView } from '../../../shared/ui/kpi-card/kpi-view';
import { relativeChange } from '../../../shared/numbers/relative-change';

type Field =
  | 'operating_expenses_eur'
  | 'investment_expenses_eur'
  | 'fluids_cost_eur'
  | 'fluids_kwh'
  | 'vacancy_rate'
  | 'footfall';

interface KpiDefinition {
  id: string;
  label: TranslationKey;
  field: Field;
  kind: ValueKind;
  changeIn?: 'points';
  status?: (value: number | null, change: number | null) => KpiStatus | null;
}

/**
 * Commercial vacancy: the usual alert threshold for town centres is about 7.5 %, the national level about 10 %
 * (docs: DOMAIN.md §3).
 */
export function vacancyStatus(rate: number | null): KpiStatus | null {
  if (rate === null) return null;
  if (rate < 0.075) return 'ok';
  return rate < 0.1 ? 'warn' : 'alert';
}

/** Fluids cost: a rise over 3 % a year is worth watching, over 10 % an alert. A house convention, not a law. */
export function fluidsCostStatus(change: number | null): KpiStatus | null {
  if (change === null) return null;
  if (change > 0.1) return 'alert';
  return change > 0.03 ? 'warn' : 'ok';
}

const KPIS: readonly KpiDefinition[] = [
  {
    id: 'operating',
    label: 'kpi.operatingExpenses',
    field: 'operating_expenses_eur',
    kind: 'compactCurrency',
  },
  {
    id: 'investment',
    label: 'kpi.investmentExpenses',
    field: 'investment_expenses_eur',
    kind: 'compactCurrency',
  },
  {
    id: 'fluids-cost',
    label: 'kpi.fluidsCost',
    field: 'fluids_cost_eur',
    kind: 'compactCurrency',
    status: (_, change) => fluidsCostStatus(change),
  },
  { id: 'energy', label: 'kpi.energy', field: 'fluids_kwh', kind: 'energy' },
  {
    id: 'vacancy',
    label: 'kpi.vacancyRate',
    field: 'vacancy_rate',
    kind: 'percent',
    changeIn: 'points',
    status: (value) => vacancyStatus(value),
  },
  { id: 'footfall', label: 'kpi.footfall', field: 'footfall', kind: 'integer' },
];

function change(current: number | null, previous: number | null, inPoints: boolean): number | null {
  if (current === null || previous === null) return null;
  return inPoints ? current - previous : relativeChange(current, previous);
}

/**
 * The six key figures of a year against the year before. A year in progress is not compared with a full
 * year (the change would mislead), so it shows its level only.
 */
export function buildKpis(rows: readonly OverviewRow[], year: number, lang: Lang): KpiView[] {
  const current = rows.find((row) => row.year === year) ?? null;
  const previous = rows.find((row) => row.year === year - 1) ?? null;
  const comparable = !isPartialYear(year) && previous !== null;
  const history = rows.filter((row) => row.year <= year).sort((a, b) => a.year - b.year);
  return KPIS.map((kpi) => {
    const value = current?.[kpi.field] ?? null;
    const delta = comparable ? change(value, previous[kpi.field], kpi.changeIn === 'points') : null;
    return {
      id: kpi.id,
      label: translate(lang, kpi.label),
      value,
      kind: kpi.kind,
      change: delta,
      changeIn: kpi.changeIn ?? 'relative',
      comparedWith: delta === null ? null : year - 1,
      status: kpi.status?.(value, delta) ?? null,
      trend: history.map((row) => row[kpi.field]),
    };
  });
}
