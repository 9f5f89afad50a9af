import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';

/** A short month for an axis: "janv. 25". */
export function shortMonth(month: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE_BY_LANG[lang], {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}
