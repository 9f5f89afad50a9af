import { formatValue, ValueKind } from '../../../../core/i18n/format-value';
import { TranslationKey } from '../../../../core/i18n/dictionaries';
import { Lang } from '../../../../core/i18n/lang';
import { translate } from '../../../../core/i18n/translate';
import { buildBarComparison } from '../../../../shared/charts/build-bar-comparison';
import { ChartOption } from '../../../../shared/charts/chart-option';
import { TableColumn, TableRow } from '../../../../shared/ui/data-table/table-column';
import { BUDGET_FR } from '../../i18n/fr';
import { PeerGroup, PeerRow } from '../data-access/peer-row';

export interface PeerView {
  year: number | null;
  groupPhrase: string;
  sentences: string[];
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
  chart: { heading: string; summary: string; options: ChartOption; columns: TableColumn[]; rows: TableRow[] } | null;
}

const kindOf = (unit: PeerRow['unit']): ValueKind =>
  unit === 'ratio' ? 'percent' : unit === 'years' ? 'number' : 'currency';

/** "la moyenne des communes de 100 000 hab et plus…", "…du département 59", "…de la MEL", "…des communes partenaires". */
export function groupPhrase(lang: Lang, group: PeerGroup, label: string | null): string {
  return translate(lang, `peers.group.${group}` as TranslationKey, { label: label ?? '' });
}

/**
 * The commune's figures beside its group, said in plain words: "Lille dépense 12 % de plus par habitant en
 * personnel que la moyenne des communes de 100 000 hab et plus…". The gap is relative to the group's average as the
 * API gives it (the DGFiP's published strate average for the strate); nothing is judged here.
 */
export function buildPeerView(
  rows: readonly PeerRow[],
  commune: string,
  group: PeerGroup,
  lang: Lang,
  locale: string,
): PeerView {
  const first = rows[0];
  const phrase = groupPhrase(lang, group, first?.group_label ?? null);
  const said = rows
    .filter((r) => r.commune_value !== null && r.group_average !== null && r.group_average !== 0)
    .filter((r) =>
      [
        'charges_personnel_par_habitant',
        'depenses_equipement_par_habitant',
        'encours_dette_par_habitant',
        'epargne_brute_par_habitant',
        'taux_epargne_brute',
        'capacite_desendettement_annees',
      ].includes(r.indicator),
    )
    .map((r) => {
      const gap = (r.commune_value! - r.group_average!) / Math.abs(r.group_average!);
      const direction = Math.abs(gap) < 0.005 ? 'same' : gap > 0 ? 'more' : 'less';
      const own = `peers.sentence.${r.indicator}.${direction}`;
      const key = (own in BUDGET_FR ? own : `peers.sentence.${direction}`) as TranslationKey;
      const sentence = translate(lang, key, {
        commune,
        indicator: translate(lang, `peers.indicator.${r.indicator}` as TranslationKey).toLowerCase(),
        pct: formatValue(Math.abs(gap), 'percent', locale),
        group: phrase,
        value: formatValue(r.commune_value, kindOf(r.unit), locale),
        average: formatValue(r.group_average, kindOf(r.unit), locale),
      });
      return { indicator: r.indicator, sentence };
    });
  const sentences = said.map((s) => s.sentence);
  const columns: TableColumn[] = [
    { key: 'indicator', label: translate(lang, 'peers.col.indicator'), kind: 'text' },
    { key: 'commune', label: commune, kind: 'text' },
    { key: 'average', label: translate(lang, 'peers.col.average'), kind: 'text' },
    { key: 'median', label: translate(lang, 'peers.col.median'), kind: 'text' },
    { key: 'quartiles', label: translate(lang, 'peers.col.quartiles'), kind: 'text' },
    { key: 'rank', label: translate(lang, 'peers.col.rank'), kind: 'text' },
  ];
  const fmt = (r: PeerRow, v: number | null) => formatValue(v, kindOf(r.unit), locale);
  const tableRows: TableRow[] = rows.map((r) => ({
    indicator: translate(lang, `peers.indicator.${r.indicator}` as TranslationKey),
    commune: fmt(r, r.commune_value),
    average: fmt(r, r.group_average),
    median: fmt(r, r.group_median),
    quartiles: r.group_q1 === null ? '—' : `${fmt(r, r.group_q1)} – ${fmt(r, r.group_q3)}`,
    rank:
      r.rank === null
        ? '—'
        : translate(lang, r.rank === 1 ? 'peers.rankFirst' : 'peers.rankOf', { rank: r.rank, size: r.group_size }),
  }));
  const personnel = rows.find((r) => r.indicator === 'charges_personnel_par_habitant');
  const chartItems = personnel
    ? [
        { name: commune, value: personnel.commune_value },
        { name: translate(lang, 'peers.col.average'), value: personnel.group_average },
        { name: translate(lang, 'peers.col.median'), value: personnel.group_median },
      ]
    : [];
  const chartColumns: TableColumn[] = [
    { key: 'name', label: translate(lang, 'peers.col.indicator'), kind: 'text' },
    { key: 'value', label: translate(lang, 'peers.indicator.charges_personnel_par_habitant'), kind: 'currency' },
  ];
  const chartHeading = personnel ? translate(lang, 'peers.chart.heading', { year: personnel.year }) : '';
  // the chart's accessible name: the commune's own sentence on personnel costs, or its figures read out
  const chartSummary =
    said.find((s) => s.indicator === 'charges_personnel_par_habitant')?.sentence ??
    `${chartHeading} : ${chartItems.map((i) => `${i.name} ${formatValue(i.value, 'currency', locale)}`).join(', ')}.`;
  return {
    year: first?.year ?? null,
    groupPhrase: phrase,
    sentences,
    caption: translate(lang, 'peers.caption', { commune, year: first?.year ?? '' }),
    columns,
    rows: tableRows,
    chart: personnel
      ? {
          heading: chartHeading,
          summary: chartSummary,
          options: buildBarComparison({
            items: chartItems,
            seriesName: translate(lang, 'peers.indicator.charges_personnel_par_habitant'),
            kind: 'currency',
            locale,
            highlight: commune,
          }),
          columns: chartColumns,
          rows: chartItems.map((i) => ({ name: i.name, value: i.value })),
        }
      : null,
  };
}
