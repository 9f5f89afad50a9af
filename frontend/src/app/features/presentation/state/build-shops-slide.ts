import { TranslationKey } from '../../../core/i18n/dictionaries';
import { Lang } from '../../../core/i18n/lang';
import { QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import { level, signedChange } from '../../../shared/summaries/sentence-parts';
import { PresentationData, StreetRow } from '../data-access/presentation-rows';
import { count, monthYear } from './plain-words';
import { Slide, SlideText, slideText } from './slide';

/** The shops of the quartier: how many stand empty against the whole city, the footfall, the main streets. */
export function buildShopsSlide(q: QuartierSummary, data: PresentationData, year: number, lang: Lang): Slide {
  const t = slideText(lang);
  const city = data.overview.find((row) => row.year === year)?.vacancy_rate ?? null;
  const sentences: string[] = [];
  if (q.premises === 0) sentences.push(t('presentation.shops.none'));
  else {
    const vacantKey: TranslationKey =
      q.vacant_premises === 0
        ? 'presentation.shops.noneVacant'
        : q.vacant_premises === 1
          ? 'presentation.shops.oneVacant'
          : 'presentation.shops.vacant';
    sentences.push(
      t(vacantKey, {
        premises: count(q.premises, lang),
        vacant: count(q.vacant_premises, lang),
        rate: q.vacancy_rate === null ? t('presentation.unknown') : level(q.vacancy_rate, 'percent', lang),
      }),
    );
    if (city !== null && q.vacancy_rate !== null) {
      const key: TranslationKey =
        Math.abs(q.vacancy_rate - city) < 0.005
          ? 'presentation.shops.likeCity'
          : q.vacancy_rate > city
            ? 'presentation.shops.aboveCity'
            : 'presentation.shops.belowCity';
      sentences.push(t(key, { rate: level(city, 'percent', lang) }));
    }
  }
  const perDay = footfallPerDay(q.footfall, year);
  const times = q.population ? perDay / q.population : 0;
  sentences.push(
    q.footfall > 0
      ? times >= 1
        ? t('presentation.shops.footfallTimes', {
            year,
            count: count(perDay, lang),
            times: level(Math.round(times * 10) / 10, 'number', lang),
          })
        : t('presentation.shops.footfallEvery', {
            year,
            count: count(perDay, lang),
            seconds: count(Math.max(1, Math.round(86_400 / perDay)), lang),
          })
      : t('presentation.shops.noCounter'),
  );
  const streets = data.streets
    .filter((street) => street.quartier === q.quartier && street.premises > 0)
    .sort((a, b) => b.premises - a.premises || a.street.localeCompare(b.street));
  const emptiest = [...streets]
    .filter((street) => street.vacancy_rate !== null && street.vacant > 0)
    .sort((a, b) => b.vacancy_rate! - a.vacancy_rate!)[0];
  if (emptiest && streets.length > 1)
    sentences.push(
      t('presentation.shops.emptiest', {
        street: emptiest.street,
        rate: level(emptiest.vacancy_rate!, 'percent', lang),
      }),
    );
  return {
    id: 'shops',
    title: t('presentation.shops.title'),
    sentences,
    figures: [
      { label: t('presentation.figure.premises'), value: count(q.premises, lang) },
      { label: t('presentation.figure.vacant'), value: count(q.vacant_premises, lang) },
      {
        label: t('presentation.figure.vacancyRate'),
        value: q.vacancy_rate === null ? t('presentation.unknown') : level(q.vacancy_rate, 'percent', lang),
      },
      {
        label: t('presentation.figure.footfallPerDay', { year }),
        value: q.footfall > 0 ? count(perDay, lang) : '—',
      },
    ],
    bars:
      city !== null && q.vacancy_rate !== null
        ? {
            heading: t('presentation.bars.vacancy'),
            items: [
              {
                label: q.quartier,
                value: q.vacancy_rate,
                text: level(q.vacancy_rate, 'percent', lang),
                highlight: true,
              },
              {
                label: t('presentation.bars.commune'),
                value: city,
                text: level(city, 'percent', lang),
                highlight: false,
              },
            ],
          }
        : null,
    list: streets.length
      ? {
          heading: t('presentation.shops.streets', {
            month: monthYear(`${streets[0].month}-01`, lang),
          }),
          items: streets.slice(0, 2).map((street) => streetLine(street, lang, t)),
        }
      : null,
    map: false,
  };
}

/** "rue Pierre Legrand : 12 locaux vides sur 60 (20,0 %), environ 4 210 passages par jour (-8,0 % en un an)". */
function streetLine(street: StreetRow, lang: Lang, t: SlideText): string {
  const shops = t(street.vacant === 1 ? 'presentation.shops.streetOne' : 'presentation.shops.street', {
    street: street.street,
    vacant: count(street.vacant, lang),
    premises: count(street.premises, lang),
    rate: street.vacancy_rate === null ? t('presentation.unknown') : level(street.vacancy_rate, 'percent', lang),
  });
  if (street.footfall_mean_daily === null) return `${shops}.`;
  const footfall = t('presentation.shops.streetFootfall', {
    count: count(Math.round(street.footfall_mean_daily), lang),
  });
  const change =
    street.footfall_change_12m === null
      ? ''
      : ` ${t('presentation.shops.streetChange', { change: signedChange(street.footfall_change_12m, lang) })}`;
  return `${shops}, ${footfall}${change}.`;
}

/** Counted passages of a year (or of the months so far) as a mean per day. */
function footfallPerDay(total: number, year: number): number {
  const now = new Date();
  const end = now.getFullYear() === year ? now : new Date(year + 1, 0, 1);
  const days = Math.max(1, Math.round((end.getTime() - new Date(year, 0, 1).getTime()) / 86_400_000));
  return Math.round(total / days);
}
