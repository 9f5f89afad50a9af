import { Lang } from '../../../core/i18n/lang';
import { QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import { level } from '../../../shared/summaries/sentence-parts';
import { PresentationData } from '../data-access/presentation-rows';
import { ordinal, plainAmount, rankOf } from './plain-words';
import { LISTED, Slide, SlideText, slideText } from './slide';

/** What the city invested in the quartier, per inhabitant against the commune, and where (the map). */
export function buildInvestmentSlide(q: QuartierSummary, data: PresentationData, year: number, lang: Lang): Slide {
  const t = slideText(lang);
  const ranked = rankOf(data.summaries, (item) => item.investment_per_inhabitant_eur, q);
  const operations = data.operations
    .filter((op) => op.quartier_id === q.quartier_id && op.cp_executed_eur > 0)
    .sort((a, b) => b.cp_executed_eur - a.cp_executed_eur);
  const sentences = [
    q.investment_eur > 0
      ? q.investment_per_inhabitant_eur !== null
        ? t('presentation.investment.amountPerHead', {
            year,
            amount: plainAmount(q.investment_eur, lang),
            perHead: level(Math.round(q.investment_per_inhabitant_eur), 'euros', lang),
          })
        : t('presentation.investment.amount', { year, amount: plainAmount(q.investment_eur, lang) })
      : t('presentation.investment.none', { year }),
  ];
  if (ranked && q.investment_eur > 0)
    sentences.push(
      ranked.rank === 1
        ? t('presentation.investment.first', { of: ranked.of })
        : t('presentation.investment.rank', { rank: ordinal(ranked.rank, lang), of: ranked.of }),
    );
  if (operations[0])
    sentences.push(
      t('presentation.investment.biggest', {
        name: operations[0].name,
        amount: plainAmount(operations[0].cp_executed_eur, lang),
        year,
      }),
    );
  return {
    id: 'investment',
    title: t('presentation.investment.title'),
    sentences,
    figures: [
      {
        label: t('presentation.figure.invested', { year }),
        value: plainAmount(q.investment_eur, lang),
      },
      {
        label: t('presentation.figure.perHead'),
        value:
          q.investment_per_inhabitant_eur === null
            ? t('presentation.unknown')
            : level(Math.round(q.investment_per_inhabitant_eur), 'euros', lang),
      },
    ],
    bars: perHeadBars(q, data, lang, t),
    list: operations.length
      ? {
          heading: t('presentation.investment.list', { year }),
          items: operations.slice(0, LISTED).map((op) => `${op.name} : ${plainAmount(op.cp_executed_eur, lang)}`),
        }
      : null,
    map: true,
  };
}

/** The quartier's investment per inhabitant beside the commune's (all quartiers together). */
function perHeadBars(q: QuartierSummary, data: PresentationData, lang: Lang, t: SlideText): Slide['bars'] {
  const people = data.summaries.reduce((sum, item) => sum + (item.population ?? 0), 0);
  const spent = data.summaries.reduce((sum, item) => sum + item.investment_eur, 0);
  if (!people || q.investment_per_inhabitant_eur === null) return null;
  const average = spent / people;
  const euros = (value: number) => level(Math.round(value), 'euros', lang);
  return {
    heading: t('presentation.bars.perHead'),
    items: [
      {
        label: q.quartier,
        value: q.investment_per_inhabitant_eur,
        text: euros(q.investment_per_inhabitant_eur),
        highlight: true,
      },
      { label: t('presentation.bars.commune'), value: average, text: euros(average), highlight: false },
    ],
  };
}
