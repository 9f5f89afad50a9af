import { Component, computed, inject, input } from '@angular/core';
import { formatSignedPercent, formatSignedPoints, ValueKind } from '../../../core/i18n/format-value';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { Translator } from '../../../core/i18n/translator';
import { KPI_STATUS_ICON, KPI_STATUS_TEXT, KpiStatus } from './kpi-status';
import { sparklinePoints } from './sparkline-points';

type Direction = 'up' | 'down' | 'stable';

const STABLE_BELOW = 0.0005;

const ARROWS: Readonly<Record<Direction, string>> = { up: '▲', down: '▼', stable: '▶' };

/**
 * One key figure: label, value, change against a previous year (arrow, sign and words), an optional status
 * (text and icon, colour only as a third cue) and an optional sparkline.
 */
@Component({
  selector: 'app-kpi-card',
  imports: [FormatValuePipe, TranslatePipe],
  templateUrl: './kpi-card.html',
  styleUrl: './kpi-card.scss',
})
export class KpiCard {
  private readonly translator = inject(Translator);

  readonly label = input.required<string>();
  readonly value = input.required<number | null>();
  readonly kind = input<ValueKind>('number');
  readonly unit = input('');
  /** Change against `comparedWith`: a fraction (0.032 is +3,2 %) or, for rates, a difference of rates. */
  readonly change = input<number | null>(null);
  readonly changeIn = input<'relative' | 'points'>('relative');
  readonly comparedWith = input<number | string | null>(null);
  /** The period the value covers ("janv.–oct. 2026"); none for a plain year the page already names. */
  readonly period = input<string | undefined>(undefined);
  readonly status = input<KpiStatus | null>(null);
  readonly trend = input<readonly (number | null)[]>([]);

  protected readonly direction = computed<Direction | null>(() => {
    const change = this.change();
    if (change === null) return null;
    // Below what one decimal can show (0,0 % or 0,0 pt), the figure is stable.
    if (Math.abs(change) < STABLE_BELOW) return 'stable';
    return change > 0 ? 'up' : 'down';
  });

  protected readonly arrow = computed(() => {
    const direction = this.direction();
    return direction ? ARROWS[direction] : '';
  });

  protected readonly directionText = computed(() => {
    const direction = this.direction();
    return direction ? this.translator.t(`kpi.${direction}`) : '';
  });

  protected readonly changeText = computed(() => {
    const change = this.change();
    if (change === null) return '';
    const locale = this.translator.locale();
    return this.changeIn() === 'points' ? formatSignedPoints(change, locale) : formatSignedPercent(change, locale);
  });

  protected readonly statusText = computed(() => {
    const status = this.status();
    return status ? KPI_STATUS_TEXT[status] : null;
  });

  protected readonly statusIcon = computed(() => {
    const status = this.status();
    return status ? KPI_STATUS_ICON[status] : '';
  });

  protected readonly sparkline = computed(() => sparklinePoints(this.trend(), 100, 24));
}
