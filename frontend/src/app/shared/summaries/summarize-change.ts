import { formatNumber, ValueKind } from '../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../core/i18n/lang';
import { level, lowerFirst } from './sentence-parts';

export interface ChangeSummaryInput {
  lang: Lang;
  /** Sentence subject with its article: "Les dépenses de fonctionnement", "Le taux de vacance commerciale". */
  subject: string;
  plural: boolean;
  year: number;
  previousYear: number;
  value: number | null;
  previous: number | null;
  /** How the level is written; a 'percent' moves in percentage points. */
  kind: ValueKind;
}

/** Below this relative change (or 0.05 point for a rate), a figure "stays stable". */
const STABLE_RELATIVE = 0.005;
const STABLE_POINTS = 0.0005;

type Direction = 'up' | 'down' | 'stable';

const VERBS: Record<Lang, Record<Direction | 'level', [string, string]>> = {
  fr: {
    up: ['augmente', 'augmentent'],
    down: ['diminue', 'diminuent'],
    stable: ['reste stable', 'restent stables'],
    level: ["s'élève", "s'élèvent"],
  },
  en: {
    up: ['rises', 'rise'],
    down: ['falls', 'fall'],
    stable: ['remains stable', 'remain stable'],
    level: ['stands', 'stand'],
  },
};

function amountOfChange(input: ChangeSummaryInput, value: number, previous: number): string {
  const locale = LOCALE_BY_LANG[input.lang];
  if (input.kind === 'percent') {
    const points = Math.abs(value - previous) * 100;
    const written = formatNumber(points, locale, 1).replace(/[\u00a0\u202f]/g, ' ');
    const fixed = points.toFixed(1);
    if (input.lang === 'fr') return `${written} ${Number(fixed) >= 2 ? 'points' : 'point'}`;
    return `${written} percentage ${fixed === '1.0' ? 'point' : 'points'}`;
  }
  const relative = Math.abs((value - previous) / previous);
  return level(relative, 'percent', input.lang);
}

function direction(input: ChangeSummaryInput, value: number, previous: number): Direction {
  const delta = input.kind === 'percent' ? value - previous : (value - previous) / Math.abs(previous);
  const threshold = input.kind === 'percent' ? STABLE_POINTS : STABLE_RELATIVE;
  if (Math.abs(delta) < threshold) return 'stable';
  return delta > 0 ? 'up' : 'down';
}

/**
 * One sentence on a figure against the year before, e.g.
 * "Les dépenses de fonctionnement augmentent de 3,2 % en 2025 par rapport à 2024, à 412,5 M€."
 */
export function summarizeChange(input: ChangeSummaryInput): string {
  const { lang, subject, plural, year, previousYear, value, previous, kind } = input;
  const verb = (which: Direction | 'level') => VERBS[lang][which][plural ? 1 : 0];

  if (value === null) {
    return lang === 'fr'
      ? `Aucune donnée n'est disponible pour ${lowerFirst(subject)} en ${year}.`
      : `No data is available for ${lowerFirst(subject)} in ${year}.`;
  }
  const now = level(value, kind, lang);
  if (previous === null || (kind !== 'percent' && previous === 0)) {
    return lang === 'fr'
      ? `${subject} ${verb('level')} à ${now} en ${year}.`
      : `${subject} ${verb('level')} at ${now} in ${year}.`;
  }

  const way = direction(input, value, previous);
  if (way === 'stable') {
    return lang === 'fr'
      ? `${subject} ${verb('stable')} en ${year} par rapport à ${previousYear}, à ${now}.`
      : `${subject} ${verb('stable')} in ${year} compared with ${previousYear}, at ${now}.`;
  }
  const by = amountOfChange(input, value, previous);
  return lang === 'fr'
    ? `${subject} ${verb(way)} de ${by} en ${year} par rapport à ${previousYear}, à ${now}.`
    : `${subject} ${verb(way)} by ${by} in ${year} compared with ${previousYear}, to ${now}.`;
}
