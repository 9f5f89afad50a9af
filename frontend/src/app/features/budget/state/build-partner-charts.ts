import { ValueKind } from '../../../core/i18n/format-value';
import { TranslationKey } from '../../../core/i18n/dictionaries';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildBarComparison } from '../../../shared/charts/build-bar-comparison';
import { summarizeRanking } from '../../../shared/summaries/summarize-ranking';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { ComparisonRow } from '../data-access/budget-rows';

interface Compared {
  id: string;
  label: TranslationKey;
  kind: ValueKind;
  value: (row: ComparisonRow) => number | null;
}

const COMPARED: readonly Compared[] = [
  {
    id: 'savings-rate',
    label: 'budget.partners.savingsRate',
    kind: 'percent',
    value: (r) => r.taux_epargne_brute,
  },
  {
    id: 'debt-capacity',
    label: 'budget.partners.debtCapacity',
    kind: 'decimal',
    value: (r) => r.capacite_desendettement_annees,
  },
  {
    id: 'debt',
    label: 'budget.partners.debtPerInhabitant',
    kind: 'euros',
    value: (r) => r.encours_dette_par_habitant,
  },
  {
    id: 'equipment',
    label: 'budget.partners.equipmentPerInhabitant',
    kind: 'euros',
    value: (r) => r.depenses_equipement_par_habitant,
  },
];

/** One bar chart per ratio, the communes side by side, the commune selected in the header highlighted. */
export function buildPartnerCharts(
  rows: readonly ComparisonRow[],
  highlight: string | null,
  year: number,
  lang: Lang,
): (ChartView & { id: string })[] {
  return COMPARED.map((c) => {
    const label = translate(lang, c.label);
    const items = rows.map((r) => ({ name: r.commune, value: c.value(r) }));
    return {
      id: c.id,
      heading: label,
      summary: summarizeRanking({ lang, indicator: label, year, kind: c.kind, items }),
      options: buildBarComparison({
        items,
        seriesName: label,
        kind: c.kind,
        locale: LOCALE_BY_LANG[lang],
        highlight,
      }),
      columns: [
        { key: 'name', label: translate(lang, 'budget.column.commune'), kind: 'text' },
        { key: 'value', label, kind: c.kind },
      ],
      rows: items,
      fileName: `${label} ${year}`,
    };
  });
}
