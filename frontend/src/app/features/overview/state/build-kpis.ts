import { TranslationKey } from '../../../core/i18n/dictionaries';
import { ValueKind } from '../../../core/i18n/format-value';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { findKpi, KpiRow } from '../../../shared/kpis/kpi-row';
import { kpiRowView } from '../../../shared/kpis/kpi-row-view';
import { KpiView } from '../../../shared/ui/kpi-card/kpi-view';
import { OverviewRow } from '../data-access/overview-row';

type Field =
  'operating_expenses_eur' | 'investment_expenses_eur' | 'fluids_cost_eur' | 'fluids_kwh' | 'vacancy_rate' | 'footfall';

interface KpiDefinition {
  id: string;
  label: TranslationKey;
  /** The catalogue's indicator the card shows. */
  indicator: string;
  /** The overview's column the sparkline draws, year by year. */
  field: Field;
  kind: ValueKind;
}

const KPIS: readonly KpiDefinition[] = [
  {
    id: 'operating',
    label: 'kpi.operatingExpenses',
    indicator: 'depenses_fonctionnement',
    field: 'operating_expenses_eur',
    kind: 'compactCurrency',
  },
  {
    id: 'investment',
    label: 'kpi.investmentExpenses',
    indicator: 'depenses_equipement',
    field: 'investment_expenses_eur',
    kind: 'compactCurrency',
  },
  {
    id: 'fluids-cost',
    label: 'kpi.fluidsCost',
    indicator: 'fluids_cost',
    field: 'fluids_cost_eur',
    kind: 'compactCurrency',
  },
  { id: 'energy', label: 'kpi.energy', indicator: 'energy', field: 'fluids_kwh', kind: 'energy' },
  {
    id: 'vacancy',
    label: 'kpi.vacancyRate',
    indicator: 'vacancy_rate',
    field: 'vacancy_rate',
    kind: 'percent',
  },
  { id: 'footfall', label: 'kpi.footfall', indicator: 'footfall', field: 'footfall', kind: 'integer' },
];

/**
 * The six key figures of a year as the KPI catalogue gives them (value, change against the same months of the
 * year before, status, period), with a sparkline of the whole years before it. Nothing is judged or recomputed
 * here; the year in progress is never a point of the sparkline.
 */
export function buildKpis(
  rows: readonly OverviewRow[],
  catalogue: readonly KpiRow[],
  year: number,
  lang: Lang,
): KpiView[] {
  return KPIS.map((kpi) => {
    const row = findKpi(catalogue, kpi.indicator);
    const history = rows.filter((r) => r.year < year || (r.year === year && row?.complete !== false));
    return kpiRowView(
      row,
      {
        id: kpi.id,
        label: translate(lang, kpi.label),
        kind: kpi.kind,
        trend: [...history].sort((a, b) => a.year - b.year).map((r) => r[kpi.field]),
      },
      lang,
    );
  });
}
