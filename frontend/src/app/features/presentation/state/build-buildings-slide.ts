import { Lang } from '../../../core/i18n/lang';
import { QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import { PresentationData } from '../data-access/presentation-rows';
import { count, ordinal, plainAmount, rankOf } from './plain-words';
import { Slide, slideText } from './slide';

/** The municipal buildings of the quartier and what their energy and water cost. */
export function buildBuildingsSlide(q: QuartierSummary, data: PresentationData, year: number, lang: Lang): Slide {
  const t = slideText(lang);
  const ranked = rankOf(data.summaries, (item) => item.fluids_cost_eur, q);
  const worked = [
    ...new Set(
      data.programmes
        .filter((p) => p.quartier_id === q.quartier_id && p.building_name)
        .map((p) => p.building_name as string),
    ),
  ];
  const sentences = [
    q.buildings === 0
      ? t('presentation.buildings.none')
      : t(q.buildings === 1 ? 'presentation.buildings.one' : 'presentation.buildings.count', {
          count: count(q.buildings, lang),
        }),
  ];
  if (q.buildings > 0)
    sentences.push(t('presentation.buildings.cost', { year, amount: plainAmount(q.fluids_cost_eur, lang) }));
  if (ranked && q.buildings > 0 && ranked.of > 1)
    sentences.push(t('presentation.buildings.rank', { rank: ordinal(ranked.rank, lang), of: ranked.of }));
  return {
    id: 'buildings',
    title: t('presentation.buildings.title'),
    sentences,
    figures: [
      { label: t('presentation.figure.buildings'), value: count(q.buildings, lang) },
      {
        label: t('presentation.figure.runningCost', { year }),
        value: plainAmount(q.fluids_cost_eur, lang),
      },
    ],
    list: worked.length ? { heading: t('presentation.buildings.worked'), items: worked.slice(0, 6) } : null,
    pictograms:
      q.buildings > 0
        ? {
            count: q.buildings,
            caption: `${count(q.buildings, lang)} ${t('presentation.figure.buildings').toLowerCase()}`,
            description: t('presentation.pictograms', { count: count(q.buildings, lang) }),
          }
        : null,
    map: false,
  };
}
