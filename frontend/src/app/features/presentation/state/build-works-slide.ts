import { Lang } from '../../../core/i18n/lang';
import { QuartierSummary } from '../../../shared/quartiers/quartier-summary';
import { PresentationData, ProgrammeRow } from '../data-access/presentation-rows';
import { count, monthYear, plainAmount, plainPercent } from './plain-words';
import { LISTED, Slide, SlideText, slideText, SlideTimeline } from './slide';

function worksSentence(programme: ProgrammeRow, lang: Lang, t: SlideText): string {
  const progress = programme.progress_rate === null ? null : plainPercent(Math.min(programme.progress_rate, 1), lang);
  const end = monthYear(programme.expected_end_date, lang);
  const base = progress
    ? t('presentation.works.item', { name: programme.name, progress, end })
    : t('presentation.works.itemNoProgress', { name: programme.name, end });
  return programme.is_late
    ? `${base} ${t('presentation.works.late', { months: count(Math.max(1, Math.round(programme.slippage_months)), lang) })}`
    : base;
}

function timelineOf(programme: ProgrammeRow | undefined, lang: Lang, t: SlideText): SlideTimeline | null {
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

/** The works in the quartier: in progress with their progress and end, finished, planned; one on a time line. */
export function buildWorksSlide(q: QuartierSummary, data: PresentationData, lang: Lang): Slide {
  const t = slideText(lang);
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
