import { ValueKind } from '../../core/i18n/format-value';
import { Lang } from '../../core/i18n/lang';
import { level, lowerFirst, signedChange } from './sentence-parts';

export interface TrendSeries {
  /** Subject with its article: "Les dépenses de fonctionnement". */
  subject: string;
  plural: boolean;
  from: number | null;
  to: number | null;
}

export interface TrendSummaryInput {
  lang: Lang;
  fromYear: number;
  toYear: number;
  kind: ValueKind;
  series: readonly TrendSeries[];
}

function clause(series: TrendSeries, input: TrendSummaryInput, withVerb: boolean): string {
  const { lang, kind } = input;
  const from = level(series.from!, kind, lang);
  const to = level(series.to!, kind, lang);
  const change =
    series.from !== 0 ? ` (${signedChange((series.to! - series.from!) / Math.abs(series.from!), lang)})` : '';
  const subject = lowerFirst(series.subject);
  if (lang === 'fr') {
    const verb = withVerb ? (series.plural ? ' passent' : ' passe') : '';
    return `${subject}${verb} de ${from} à ${to}${change}`;
  }
  return `${subject}${withVerb ? ' went' : ''} from ${from} to ${to}${change}`;
}

/**
 * One sentence on how one or more figures moved over a period, e.g.
 * "Entre 2020 et 2025, les dépenses de fonctionnement passent de 380,0 M€ à 412,5 M€ (+8,6 %)
 * et les dépenses d'investissement de 80,1 M€ à 95,3 M€ (+19,0 %)."
 */
export function summarizeTrend(input: TrendSummaryInput): string {
  const { lang, fromYear, toYear } = input;
  const known = input.series.filter((series) => series.from !== null && series.to !== null);
  if (known.length === 0 || fromYear >= toYear) {
    return lang === 'fr'
      ? `Pas assez de données pour décrire l'évolution entre ${fromYear} et ${toYear}.`
      : `Not enough data to describe the trend between ${fromYear} and ${toYear}.`;
  }
  const clauses = known.map((series, index) => clause(series, input, index === 0));
  const joined =
    clauses.length === 1
      ? clauses[0]
      : `${clauses.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${clauses.at(-1)}`;
  return lang === 'fr' ? `Entre ${fromYear} et ${toYear}, ${joined}.` : `Between ${fromYear} and ${toYear}, ${joined}.`;
}
