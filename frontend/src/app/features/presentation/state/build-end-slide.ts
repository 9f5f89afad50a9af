import { Lang } from '../../../core/i18n/lang';
import { QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import { Slide, slideText } from './slide';

/** Where to learn more: the sources, the dates of the data, the QR code of the quartier's page. */
export function buildEndSlide(q: QuartierSummary, freshness: string, lang: Lang): Slide {
  const t = slideText(lang);
  return {
    qr: true,
    id: 'end',
    title: t('presentation.end.title'),
    sentences: [t('presentation.end.sources'), freshness, t('presentation.end.more', { quartier: q.quartier })],
    figures: [],
    list: null,
    map: false,
  };
}
