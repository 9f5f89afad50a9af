import { formatNumber, plainSpaces } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { level, lowerFirst } from '../../../shared/summaries/sentence-parts';

/** 14.18 -> "14,2 ans" / "14.2 years". */
export function yearsText(value: number, lang: Lang): string {
  return `${plainSpaces(formatNumber(value, LOCALE_BY_LANG[lang], 1))} ${lang === 'fr' ? 'ans' : 'years'}`;
}

/**
 * Budget sentences the shared summaries do not say: built from the numbers, one sentence each, in the interface
 * language. Figures are written as the interface writes them (412,5 M€, 12,3 %).
 */

export interface ExecutionSentenceInput {
  lang: Lang;
  year: number;
  section: string;
  direction: string;
  voted: number | null;
  votedLabel: string;
  executed: number | null;
  rate: number | null;
  /** The least executed chapter (its label and rate), when there is an execution. */
  lowest: { label: string; rate: number } | null;
}

export function executionSentence(input: ExecutionSentenceInput): string {
  const { lang, year, section, direction } = input;
  const scope =
    lang === 'fr'
      ? `${direction.toLowerCase()} de ${section.toLowerCase()}`
      : `${section.toLowerCase()} ${direction.toLowerCase()}`;
  if (input.executed === null || input.rate === null) {
    if (input.voted === null) {
      return lang === 'fr'
        ? `Aucun budget chargé pour les ${scope} en ${year}.`
        : `No budget is loaded for ${scope} in ${year}.`;
    }
    return lang === 'fr'
      ? `En ${year}, ${level(input.voted, 'compactCurrency', lang)} de ${scope} sont votés (${lowerFirst(input.votedLabel)}) ; le compte administratif n'est pas encore connu.`
      : `In ${year}, ${level(input.voted, 'compactCurrency', lang)} of ${scope} is voted (${lowerFirst(input.votedLabel)}); the accounts are not known yet.`;
  }
  const head =
    lang === 'fr'
      ? `En ${year}, ${level(input.rate, 'percent', lang)} des crédits ouverts en ${scope} ont été réalisés (${level(input.executed, 'compactCurrency', lang)})`
      : `In ${year}, ${level(input.rate, 'percent', lang)} of open credits for ${scope} was spent (${level(input.executed, 'compactCurrency', lang)})`;
  if (!input.lowest) return `${head}.`;
  return lang === 'fr'
    ? `${head} ; le chapitre le moins exécuté est « ${input.lowest.label} » (${level(input.lowest.rate, 'percent', lang)}).`
    : `${head}; the least executed chapter is "${input.lowest.label}" (${level(input.lowest.rate, 'percent', lang)}).`;
}

export function shareSentence(input: {
  lang: Lang;
  year: number;
  what: string;
  total: number;
  first: { label: string; value: number } | null;
  second: { label: string; value: number } | null;
}): string {
  const { lang, year, what, total, first, second } = input;
  if (!first || total <= 0) {
    return lang === 'fr' ? `Aucun montant par fonction en ${year}.` : `No amount by function in ${year}.`;
  }
  const share = (value: number) => level(value / total, 'percent', lang);
  const tail = second
    ? lang === 'fr'
      ? `, devant « ${second.label} » (${share(second.value)})`
      : `, ahead of "${second.label}" (${share(second.value)})`
    : '';
  return lang === 'fr'
    ? `En ${year}, « ${first.label} » pèse ${share(first.value)} des ${lowerFirst(what)} (${level(first.value, 'compactCurrency', lang)})${tail}.`
    : `In ${year}, "${first.label}" accounts for ${share(first.value)} of ${lowerFirst(what)} (${level(first.value, 'compactCurrency', lang)})${tail}.`;
}

export function waterfallSentence(input: {
  lang: Lang;
  year: number;
  rrf: number;
  grossSavings: number;
  rate: number | null;
  repayment: number;
  netSavings: number;
}): string {
  const { lang, year } = input;
  const money = (value: number) => level(value, 'compactCurrency', lang);
  const rate = input.rate === null ? '' : ` (${level(input.rate, 'percent', lang)})`;
  return lang === 'fr'
    ? `En ${year}, sur ${money(input.rrf)} de recettes réelles de fonctionnement, il reste ${money(input.grossSavings)} d'épargne brute${rate} et ${money(input.netSavings)} d'épargne nette après ${money(input.repayment)} de remboursement du capital de la dette.`
    : `In ${year}, out of ${money(input.rrf)} of real operating revenue, ${money(input.grossSavings)} of gross savings remain${rate}, and ${money(input.netSavings)} of net savings after repaying ${money(input.repayment)} of debt capital.`;
}

export function debtCapacitySentence(input: {
  lang: Lang;
  fromYear: number;
  toYear: number;
  from: number | null;
  to: number | null;
  ceiling: number | null;
  red: number | null;
  /** The KPI catalogue's judgment of the figure (the sentence says it, it never judges). */
  status: 'ok' | 'watch' | 'alert' | null;
}): string {
  const { lang, fromYear, toYear, from, to, ceiling, status } = input;
  const years = (value: number) => yearsText(value, lang);
  if (to === null) {
    return lang === 'fr'
      ? `Capacité de désendettement inconnue en ${toYear} (encours ou épargne brute manquants, ou épargne brute négative).`
      : `Debt payback period unknown in ${toYear} (debt or gross savings missing, or negative savings).`;
  }
  const position =
    status === null || ceiling === null || input.red === null
      ? ''
      : status === 'alert'
        ? lang === 'fr'
          ? `, au-delà de la zone rouge de ${input.red} ans`
          : `, beyond the ${input.red}-year red zone`
        : status === 'watch'
          ? lang === 'fr'
            ? `, au-dessus du plafond de référence de ${ceiling} ans`
            : `, above the ${ceiling}-year reference ceiling`
          : lang === 'fr'
            ? `, sous le plafond de référence de ${ceiling} ans`
            : `, below the ${ceiling}-year reference ceiling`;
  if (from === null || fromYear >= toYear) {
    return lang === 'fr'
      ? `La capacité de désendettement est de ${years(to)} en ${toYear}${position}.`
      : `The debt payback period is ${years(to)} in ${toYear}${position}.`;
  }
  return lang === 'fr'
    ? `La capacité de désendettement passe de ${years(from)} en ${fromYear} à ${years(to)} en ${toYear}${position}.`
    : `The debt payback period goes from ${years(from)} in ${fromYear} to ${years(to)} in ${toYear}${position}.`;
}

export function slippageSentence(input: {
  lang: Lang;
  count: number;
  late: number;
  worst: { name: string; months: number } | null;
}): string {
  const { lang, count, late, worst } = input;
  if (count === 0) return lang === 'fr' ? "Aucun programme d'investissement." : 'No investment programme.';
  const lead =
    lang === 'fr'
      ? `${late} programme${late > 1 ? 's' : ''} sur ${count} ${late > 1 ? 'glissent' : 'glisse'} par rapport au calendrier voté`
      : `${late} of ${count} programme${count > 1 ? 's' : ''} ${late === 1 ? 'slips' : 'slip'} behind the voted schedule`;
  if (!worst) return `${lead}.`;
  const months = plainSpaces(formatNumber(worst.months, LOCALE_BY_LANG[lang], 1));
  return lang === 'fr'
    ? `${lead} ; le plus en retard, « ${worst.name} », de ${months} mois.`
    : `${lead}; the latest, "${worst.name}", by ${months} months.`;
}
