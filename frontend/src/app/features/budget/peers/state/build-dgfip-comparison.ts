import { formatSignedPoints, formatValue, ValueKind } from '../../../../core/i18n/format-value';
import { TranslationKey } from '../../../../core/i18n/dictionaries';
import { Lang } from '../../../../core/i18n/lang';
import { translate } from '../../../../core/i18n/translate';
import { TableColumn, TableRow } from '../../../../shared/ui/data-table/table-column';
import { DgfipComparisonRow } from '../data-access/peer-row';

export interface DgfipComparisonView {
  year: number | null;
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
}

const kindOf = (unit: DgfipComparisonRow['unit']): ValueKind =>
  unit === 'ratio' ? 'percent' : unit === 'years' ? 'number' : 'currency';

/**
 * The commune's own ratios (its compte administratif) beside the DGFiP's for the latest year both exist, with the
 * reason of each gap as SQL classified it (kpi_budget_vs_dgfip), put in words.
 */
export function buildDgfipComparison(
  rows: readonly DgfipComparisonRow[],
  commune: string,
  lang: Lang,
  locale: string,
): DgfipComparisonView {
  const year = rows.length ? Math.max(...rows.map((r) => r.year)) : null;
  const latest = rows.filter((r) => r.year === year);
  return {
    year,
    caption: translate(lang, 'peers.vs.caption', { commune, year: year ?? '' }),
    columns: [
      { key: 'indicator', label: translate(lang, 'peers.col.indicator'), kind: 'text' },
      { key: 'own', label: translate(lang, 'peers.vs.own'), kind: 'text' },
      { key: 'dgfip', label: translate(lang, 'peers.vs.dgfip'), kind: 'text' },
      { key: 'gap', label: translate(lang, 'peers.vs.gap'), kind: 'text' },
      { key: 'reason', label: translate(lang, 'peers.vs.reason'), kind: 'text' },
    ],
    rows: latest.map((r) => ({
      indicator: translate(lang, `peers.indicator.${r.indicator}` as TranslationKey),
      own: formatValue(r.own_value, kindOf(r.unit), locale),
      dgfip: formatValue(r.dgfip_value, kindOf(r.unit), locale),
      // a gap between two rates is in points, not in %
      gap: r.unit === 'ratio' ? formatSignedPoints(r.gap, locale) : formatValue(r.gap, kindOf(r.unit), locale),
      reason: translate(lang, `peers.reason.${r.gap_reason}` as TranslationKey, {
        own: formatValue(r.own_population, 'integer', locale),
        dgfip: formatValue(r.dgfip_population, 'integer', locale),
      }),
    })),
  };
}
