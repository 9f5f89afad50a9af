import { Lang } from '../../../core/i18n/lang';
import { QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import { count } from './plain-words';
import { Slide, slideText } from './slide';

/** The quartier among the others: its people, buildings and shops. */
export function buildIntroSlide(
  q: QuartierSummary,
  all: readonly QuartierSummary[],
  commune: string,
  year: number,
  lang: Lang,
): Slide {
  const t = slideText(lang);
  const total = all.reduce((sum, item) => sum + (item.population ?? 0), 0);
  return {
    id: 'intro',
    title: q.quartier,
    sentences: [
      q.population
        ? t('presentation.intro.population', {
            quartier: q.quartier,
            population: count(q.population, lang),
            total: count(total, lang),
            commune,
          })
        : t('presentation.intro.noPopulation', { quartier: q.quartier }),
      t('presentation.intro.agenda', { year }),
    ],
    figures: [
      {
        label: t('presentation.figure.population'),
        value: q.population ? count(q.population, lang) : t('presentation.unknown'),
      },
      { label: t('presentation.figure.buildings'), value: count(q.buildings, lang) },
      { label: t('presentation.figure.premises'), value: count(q.premises, lang) },
    ],
    list: null,
    pictograms:
      q.population && q.population >= 1000
        ? {
            count: Math.round(q.population / 1000),
            caption: t('presentation.pictograms.people', { count: count(q.population, lang) }),
            description: t('presentation.pictograms.peopleDescription', {
              count: count(q.population, lang),
              squares: Math.round(q.population / 1000),
            }),
          }
        : null,
    map: false,
  };
}
