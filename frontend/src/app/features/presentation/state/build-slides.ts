import { Lang } from '../../../core/i18n/lang';
import { PresentationData } from '../data-access/presentation-rows';
import { buildBuildingsSlide } from './build-buildings-slide';
import { buildEndSlide } from './build-end-slide';
import { buildIntroSlide } from './build-intro-slide';
import { buildInvestmentSlide } from './build-investment-slide';
import { buildShopsSlide } from './build-shops-slide';
import { buildWorksSlide } from './build-works-slide';
import { nonBreaking } from './plain-words';
import { Slide } from './slide';

/**
 * The slides of a quartier for a neighbourhood meeting, every sentence built from the numbers of the public
 * aggregates (quartier figures, programmes, localised investment, the commune's vacancy rate).
 */
export function buildSlides(
  data: PresentationData | null,
  quartierId: number | null,
  commune: string,
  year: number,
  freshness: string,
  lang: Lang,
): Slide[] {
  const quartier = data?.summaries.find((item) => item.quartier_id === quartierId);
  if (!data || !quartier) return [];
  return [
    buildIntroSlide(quartier, data.summaries, commune, year, lang),
    buildInvestmentSlide(quartier, data, year, lang),
    buildBuildingsSlide(quartier, data, year, lang),
    buildWorksSlide(quartier, data, lang),
    buildShopsSlide(quartier, data, year, lang),
    buildEndSlide(quartier, freshness, lang),
  ].map(typeset);
}

/** Every text of a slide with projector typography (see nonBreaking). */
function typeset(slide: Slide): Slide {
  return {
    ...slide,
    sentences: slide.sentences.map(nonBreaking),
    figures: slide.figures.map((figure) => ({ ...figure, value: nonBreaking(figure.value) })),
    list: slide.list && { ...slide.list, items: slide.list.items.map(nonBreaking) },
  };
}
