import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { SiteRow } from '../data-access/commerce-rows';
import { siteKindLabel } from './site-kind';
import { words } from './words';

/** The counting sites as a table, with a sentence naming the least complete. */
export function buildSitesTable(
  sites: readonly SiteRow[],
  lang: Lang,
): { columns: TableColumn[]; rows: TableRow[]; summary: string } {
  const w = words(lang);
  const incomplete = sites.filter((s) => s.completeness !== null && s.completeness < 0.95);
  return {
    summary: incomplete.length
      ? translate(lang, 'commerce.sites.summary', {
          sites: sites.length,
          incomplete: incomplete.length,
          worst: [...incomplete]
            .sort((a, b) => a.completeness! - b.completeness!)
            .slice(0, 2)
            .map((s) => `${s.name} (${w.percent(s.completeness!)})`)
            .join(', '),
        })
      : translate(lang, 'commerce.sites.allComplete', { sites: sites.length }),
    columns: [
      { key: 'name', label: translate(lang, 'commerce.column.site'), kind: 'text' },
      { key: 'mean', label: translate(lang, 'commerce.column.meanDaily'), kind: 'integer' },
      {
        key: 'completeness',
        label: translate(lang, 'commerce.column.completeness'),
        kind: 'percent',
      },
      { key: 'kind', label: translate(lang, 'commerce.column.kind'), kind: 'text' },
      { key: 'zone', label: translate(lang, 'commerce.column.zone'), kind: 'text' },
      { key: 'complete', label: translate(lang, 'commerce.column.daysComplete'), kind: 'integer' },
      { key: 'fault', label: translate(lang, 'commerce.column.hoursFault'), kind: 'integer' },
      { key: 'missing', label: translate(lang, 'commerce.column.hoursMissing'), kind: 'integer' },
    ],
    rows: sites.map((s) => ({
      name: s.name,
      kind: siteKindLabel(s.kind, lang),
      zone: s.zone,
      mean: s.mean_daily_complete,
      completeness: s.completeness,
      complete: s.days_complete,
      fault: s.hours_fault,
      missing: s.hours_missing,
    })),
  };
}
