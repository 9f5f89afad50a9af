import { ValueKind } from '../../core/i18n/format-value';

/** Axis labels stay short: euros in k€/M€, energy in MWh/GWh, rates as percentages. */
export function axisKind(kind: ValueKind): ValueKind {
  if (kind === 'currency' || kind === 'euros') return 'compactCurrency';
  if (kind === 'number') return 'integer';
  // axis ticks of a one-decimal figure: whole numbers when they are whole, else one decimal
  if (kind === 'decimal') return 'number';
  return kind;
}
