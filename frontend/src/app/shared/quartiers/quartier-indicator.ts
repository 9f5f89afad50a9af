import { TranslationKey } from '../../core/i18n/dictionaries';
import { ValueKind } from '../../core/i18n/format-value';
import { QuartierSummary } from './quartier-summary';

export type QuartierIndicatorKey = 'investment_per_inhabitant_eur' | 'fluids_cost_eur' | 'vacancy_rate';

export interface QuartierIndicator {
  key: QuartierIndicatorKey;
  label: TranslationKey;
  kind: ValueKind;
}

/** The figures a quartier map can be coloured by. */
export const QUARTIER_INDICATORS: readonly QuartierIndicator[] = [
  {
    key: 'investment_per_inhabitant_eur',
    label: 'indicator.investmentPerInhabitant',
    kind: 'euros',
  },
  { key: 'fluids_cost_eur', label: 'indicator.fluidsCost', kind: 'euros' },
  { key: 'vacancy_rate', label: 'indicator.vacancyRate', kind: 'percent' },
];

export const DEFAULT_QUARTIER_INDICATOR: QuartierIndicatorKey = 'investment_per_inhabitant_eur';

export function quartierIndicator(key: QuartierIndicatorKey): QuartierIndicator {
  return QUARTIER_INDICATORS.find((indicator) => indicator.key === key) ?? QUARTIER_INDICATORS[0];
}

export function isQuartierIndicatorKey(value: string): value is QuartierIndicatorKey {
  return QUARTIER_INDICATORS.some((indicator) => indicator.key === value);
}

/** Value of each quartier for the indicator, by quartier id (the map's input). */
export function indicatorValues(
  summaries: readonly QuartierSummary[],
  key: QuartierIndicatorKey,
): ReadonlyMap<number, number | null> {
  return new Map(summaries.map((summary) => [summary.quartier_id, summary[key]]));
}
