import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildBarComparison } from '../../../shared/charts/build-bar-comparison';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { MixRow } from '../data-access/commerce-rows';
import { words } from './words';

/** The activities of the occupied premises of the commune, largest first. */
export function buildActivityMix(mix: readonly MixRow[], lang: Lang): ChartView {
  const rows = [...mix].sort((a, b) => b.premises - a.premises);
  const heading = translate(lang, 'commerce.mix.heading');
  const lead = rows[0];
  return {
    heading,
    summary: lead
      ? translate(lang, 'commerce.mix.summary', {
          activity: lead.activity,
          share: words(lang).percent(lead.share),
          count: rows.length,
        })
      : translate(lang, 'commerce.noData'),
    options: buildBarComparison({
      items: rows.map((row) => ({ name: row.activity, value: row.share })),
      seriesName: translate(lang, 'commerce.column.share'),
      kind: 'percent',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'activity', label: translate(lang, 'commerce.column.activity'), kind: 'text' },
      { key: 'premises', label: translate(lang, 'commerce.column.occupied'), kind: 'integer' },
      { key: 'share', label: translate(lang, 'commerce.column.share'), kind: 'percent' },
    ],
    rows: rows.map((row) => ({ activity: row.activity, premises: row.premises, share: row.share })),
    fileName: heading,
  };
}
