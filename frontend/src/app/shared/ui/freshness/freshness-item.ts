import { formatDate } from '../../../core/i18n/format-value';
import { TranslationKey } from '../../../core/i18n/dictionaries';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { FreshnessRow } from './freshness-row';
import { parisYear } from '../../../../../../common/paris-time';

/** One source as the badge shows it, in the interface language. */
export interface FreshnessItem {
  source: string;
  label: string;
  /** "31/12/2025", or null when the source holds no data yet. */
  latestData: string | null;
  /** The same date as the API gives it (YYYY-MM-DD), to compare. */
  latestIso: string | null;
  lastImport: string | null;
  stale: boolean;
  /** The whole item as one sentence, for the tooltip and screen readers. */
  description: string;
}

const ORDER = ['budget', 'fluids', 'degree-days', 'commerce', 'counts'];

const LABELS: Readonly<Record<string, TranslationKey>> = {
  budget: 'freshness.source.budget',
  fluids: 'freshness.source.fluids',
  'degree-days': 'freshness.source.degreeDays',
  commerce: 'freshness.source.commerce',
  counts: 'freshness.source.counts',
};

/** Monthly sources older than this are flagged; a budget is stale when the last account is two years old. */
const STALE_AFTER_DAYS = 92;

function daysBetween(isoDate: string, today: Date): number {
  return (today.getTime() - Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
}

export function isStale(row: FreshnessRow, today: Date): boolean {
  if (!row.latest_data) return true;
  if (row.source === 'budget') return Number(row.latest_data.slice(0, 4)) < parisYear(today) - 2;
  return daysBetween(row.latest_data, today) > STALE_AFTER_DAYS;
}

/** The sources of a commune, in a fixed order, with their dates written the interface's way. */
export function buildFreshnessItems(rows: readonly FreshnessRow[], lang: Lang, today: Date): FreshnessItem[] {
  const locale = LOCALE_BY_LANG[lang];
  const rank = (source: string) => (ORDER.indexOf(source) + ORDER.length + 1) % (ORDER.length + 1);
  return [...rows]
    .sort((a, b) => rank(a.source) - rank(b.source) || a.source.localeCompare(b.source))
    .map((row) => {
      const label = LABELS[row.source] ? translate(lang, LABELS[row.source]) : row.source;
      const latestData = row.latest_data ? formatDate(row.latest_data, locale) : null;
      const lastImport = row.last_import_at ? formatDate(row.last_import_at, locale) : null;
      const stale = isStale(row, today);
      const parts = [
        latestData
          ? translate(lang, 'freshness.dataUntil', { source: label, date: latestData })
          : translate(lang, 'freshness.noData', { source: label }),
        lastImport ? translate(lang, 'freshness.importedOn', { date: lastImport }) : '',
        stale ? translate(lang, 'freshness.stale') : '',
      ];
      return {
        source: row.source,
        label,
        latestData,
        latestIso: row.latest_data ? row.latest_data.slice(0, 10) : null,
        lastImport,
        stale,
        description: parts.filter(Boolean).join(' ; ') + '.',
      };
    });
}

/** "Données : budget au 31/12/2025, fluides au 30/09/2026…": what a printed page carries as its data date. */
export function freshnessLine(items: readonly FreshnessItem[], lang: Lang): string {
  const known = items.filter((item) => item.latestData);
  if (known.length === 0) return translate(lang, 'freshness.none');
  const list = known
    .map((item) => translate(lang, 'freshness.short', { source: item.label, date: item.latestData! }))
    .join(', ');
  return translate(lang, 'freshness.line', { list });
}
