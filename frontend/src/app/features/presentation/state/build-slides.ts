import { TranslationKey } from '../../../core/i18n/fr';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { level, signedChange } from '../../../shared/summaries/sentence-parts';
import { QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import { PresentationData, ProgrammeRow, StreetRow } from '../data-access/presentation-rows';
import { count, monthYear, nonBreaking, ordinal, plainAmount, plainPercent, rankOf } from './plain-words';

export type SlideId = 'intro' | 'investment' | 'buildings' | 'works' | 'shops' | 'end';

export interface SlideFigure {
  label: string;
  value: string;
}

/** A bar beside another: the quartier against the commune. */
export interface SlideBar {
  label: string;
  value: number;
  text: string;
  highlight: boolean;
}

/** A programme on a time line: started, planned end, expected end. */
export interface SlideTimeline {
  name: string;
  steps: { label: string; date: string; late: boolean }[];
}

/**
 * One slide, one idea: a title, a few big figures, plain sentences built from the numbers, and a visual (the map,
 * bars against the commune, a row of pictograms, a programme's time line, the QR code of the quartier's page).
 */
export interface Slide {
  id: SlideId;
  title: string;
  sentences: string[];
  figures: SlideFigure[];
  list: { heading: string; items: string[] } | null;
  map: boolean;
  bars?: { heading: string; items: SlideBar[] } | null;
  /** A row of squares: `count` of them, `caption` under them, `description` for screen readers. */
  pictograms?: { count: number; caption: string; description: string } | null;
  timeline?: SlideTimeline | null;
  qr?: boolean;
}

/** How many programmes or operations a slide names; the others are counted. */
const LISTED = 3;

type T = (key: TranslationKey, params?: Record<string, string | number>) => string;

function introSlide(
  q: QuartierSummary,
  all: readonly QuartierSummary[],
  commune: string,
  year: number,
  lang: Lang,
  t: T,
): Slide {
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

function investmentSlide(q: QuartierSummary, data: PresentationData, year: number, lang: Lang, t: T): Slide {
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
function perHeadBars(q: QuartierSummary, data: PresentationData, lang: Lang, t: T): Slide['bars'] {
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

function buildingsSlide(q: QuartierSummary, data: PresentationData, year: number, lang: Lang, t: T): Slide {
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

function worksSentence(programme: ProgrammeRow, lang: Lang, t: T): string {
  const progress = programme.progress_rate === null ? null : plainPercent(Math.min(programme.progress_rate, 1), lang);
  const end = monthYear(programme.expected_end_date, lang);
  const base = progress
    ? t('presentation.works.item', { name: programme.name, progress, end })
    : t('presentation.works.itemNoProgress', { name: programme.name, end });
  return programme.is_late
    ? `${base} ${t('presentation.works.late', { months: count(Math.max(1, Math.round(programme.slippage_months)), lang) })}`
    : base;
}

function timelineOf(programme: ProgrammeRow | undefined, lang: Lang, t: T): SlideTimeline | null {
  if (!programme) return null;
  const late = programme.expected_end_date > programme.planned_end_date;
  return {
    name: programme.name,
    steps: [
      { label: t('presentation.timeline.start'), date: monthYear(programme.start_date, lang), late: false },
      { label: t('presentation.timeline.planned'), date: monthYear(programme.planned_end_date, lang), late: false },
      ...(late
        ? [
            {
              label: t('presentation.timeline.expected'),
              date: monthYear(programme.expected_end_date, lang),
              late: true,
            },
          ]
        : []),
    ],
  };
}

function worksSlide(q: QuartierSummary, data: PresentationData, lang: Lang, t: T): Slide {
  const here = data.programmes.filter((p) => p.quartier_id === q.quartier_id);
  const ongoing = here.filter((p) => p.status === 'in_progress').sort((a, b) => b.ap_amount_eur - a.ap_amount_eur);
  const done = here
    .filter((p) => p.status === 'done')
    .sort((a, b) => b.expected_end_date.localeCompare(a.expected_end_date));
  const planned = here.filter((p) => p.status === 'planned');
  const ongoingBudget = ongoing.reduce((sum, p) => sum + p.ap_amount_eur, 0);
  const sentences: string[] = [];
  if (ongoing.length === 0) sentences.push(t('presentation.works.noneOngoing'));
  else
    sentences.push(
      t(ongoing.length === 1 ? 'presentation.works.oneOngoing' : 'presentation.works.ongoing', {
        count: count(ongoing.length, lang),
        amount: plainAmount(ongoingBudget, lang),
      }),
    );
  if (done.length)
    sentences.push(
      t(done.length === 1 ? 'presentation.works.oneDone' : 'presentation.works.done', {
        count: count(done.length, lang),
        name: done[0].name,
        end: monthYear(done[0].expected_end_date, lang),
      }),
    );
  if (planned.length) sentences.push(t('presentation.works.planned', { count: count(planned.length, lang) }));
  const items = [
    ...ongoing.slice(0, LISTED).map((p) => worksSentence(p, lang, t)),
    ...done.slice(0, Math.max(0, LISTED - Math.min(ongoing.length, LISTED))).map((p) =>
      t('presentation.works.finished', {
        name: p.name,
        end: monthYear(p.expected_end_date, lang),
      }),
    ),
  ];
  return {
    id: 'works',
    title: t('presentation.works.title'),
    sentences,
    figures: [
      { label: t('presentation.figure.ongoing'), value: count(ongoing.length, lang) },
      { label: t('presentation.figure.done'), value: count(done.length, lang) },
      { label: t('presentation.figure.ongoingBudget'), value: plainAmount(ongoingBudget, lang) },
    ],
    list: items.length ? { heading: t('presentation.works.list'), items: items.slice(0, 3) } : null,
    timeline: timelineOf(ongoing[0] ?? done[0] ?? planned[0], lang, t),
    map: false,
  };
}

function shopsSlide(q: QuartierSummary, data: PresentationData, year: number, lang: Lang, t: T): Slide {
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
function streetLine(street: StreetRow, lang: Lang, t: T): string {
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

function endSlide(q: QuartierSummary, freshness: string, t: T): Slide {
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
  const t: T = (key, params) => translate(lang, key, params);
  return [
    introSlide(quartier, data.summaries, commune, year, lang, t),
    investmentSlide(quartier, data, year, lang, t),
    buildingsSlide(quartier, data, year, lang, t),
    worksSlide(quartier, data, lang, t),
    shopsSlide(quartier, data, year, lang, t),
    endSlide(quartier, freshness, t),
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
