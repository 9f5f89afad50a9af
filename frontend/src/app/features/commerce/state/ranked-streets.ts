import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { StreetRow } from '../data-access/commerce-rows';
import { ratePoints } from './rate-points';

/**
 * Streets with fewer shop premises than this are left out of the rankings: below it one closure swings the rate
 * by more than five points, and small streets would crowd out the high streets.
 */
export const MIN_PREMISES_RANKED = 20;
/** How many streets a ranking shows. */
export const STREETS_RANKED = 12;

/** The streets large enough to be ranked. */
export const rankedStreets = (streets: readonly StreetRow[]) =>
  streets.filter((street) => street.premises >= MIN_PREMISES_RANKED);

/** The columns of a ranking of streets. */
export function streetColumns(lang: Lang) {
  return [
    // the result first: the rate and its change, then the counts behind it
    { key: 'street', label: translate(lang, 'commerce.column.street'), kind: 'text' as const },
    {
      key: 'rate',
      label: translate(lang, 'commerce.column.vacancyRate'),
      kind: 'percent' as const,
    },
    {
      key: 'change',
      label: translate(lang, 'commerce.column.changePoints'),
      kind: 'decimal' as const,
    },
    { key: 'vacant', label: translate(lang, 'commerce.column.vacant'), kind: 'integer' as const },
    {
      key: 'premises',
      label: translate(lang, 'commerce.column.premises'),
      kind: 'integer' as const,
    },
    { key: 'quartier', label: translate(lang, 'commerce.column.quartier'), kind: 'text' as const },
  ];
}

/** A street as a row of a ranking; the change of its rate in points, to one decimal. */
export const streetRow = (street: StreetRow) => ({
  street: street.street,
  quartier: street.quartier,
  premises: street.premises,
  vacant: street.vacant,
  rate: street.vacancy_rate,
  change: street.vacancy_rate_change_12m === null ? null : ratePoints(street.vacancy_rate_change_12m),
});
