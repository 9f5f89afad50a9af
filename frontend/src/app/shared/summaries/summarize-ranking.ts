import { ValueKind } from '../../core/i18n/format-value';
import { Lang } from '../../core/i18n/lang';
import { level } from './sentence-parts';

export interface RankedItem {
  name: string;
  value: number | null;
}

export interface RankingSummaryInput {
  lang: Lang;
  /** The indicator as a heading: "Investissement par habitant". */
  indicator: string;
  year: number;
  kind: ValueKind;
  items: readonly RankedItem[];
}

/**
 * One sentence naming the highest and lowest areas, e.g.
 * "Investissement par habitant en 2025 : valeur la plus élevée à Wazemmes (1 234 €), la plus faible à Fives (321 €)."
 */
export function summarizeRanking(input: RankingSummaryInput): string {
  const { lang, indicator, year, kind } = input;
  const valued = input.items
    .filter((item): item is RankedItem & { value: number } => item.value !== null)
    .sort((a, b) => b.value - a.value);
  const lead = lang === 'fr' ? `${indicator} en ${year} :` : `${indicator} in ${year}:`;
  if (valued.length === 0) {
    return lang === 'fr' ? `${lead} aucune donnée par quartier.` : `${lead} no data by neighbourhood.`;
  }
  const describe = (item: { name: string; value: number }) => `${item.name} (${level(item.value, kind, lang)})`;
  const [highest, lowest] = [valued[0], valued[valued.length - 1]];
  if (valued.length === 1) return `${lead} ${describe(highest)}.`;
  return lang === 'fr'
    ? `${lead} valeur la plus élevée à ${describe(highest)}, la plus faible à ${describe(lowest)}.`
    : `${lead} highest in ${describe(highest)}, lowest in ${describe(lowest)}.`;
}
