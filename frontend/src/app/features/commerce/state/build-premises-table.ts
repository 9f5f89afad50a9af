import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { PremisesRow } from '../data-access/commerce-rows';
import { statusLabel } from './premises-status';

/** The premises of the street on the page's date, as a table. */
export function buildPremisesTable(
  premises: readonly PremisesRow[],
  lang: Lang,
): { columns: TableColumn[]; rows: TableRow[] } {
  return {
    columns: [
      { key: 'address', label: translate(lang, 'commerce.column.address'), kind: 'text' },
      { key: 'status', label: translate(lang, 'commerce.column.status'), kind: 'text' },
      { key: 'activity', label: translate(lang, 'commerce.column.activity'), kind: 'text' },
      { key: 'since', label: translate(lang, 'commerce.column.since'), kind: 'date' },
      { key: 'days', label: translate(lang, 'commerce.column.vacantDays'), kind: 'integer' },
      { key: 'surface', label: translate(lang, 'commerce.column.surface'), kind: 'integer' },
    ],
    rows: premises.map((p) => ({
      address: p.address ?? p.premises_id,
      status: statusLabel(p.status, lang),
      activity: p.activity,
      since: p.status_since,
      days: p.vacant_days,
      surface: p.surface_m2,
    })),
  };
}
