import { Component, computed, effect, input, output, signal } from '@angular/core';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ImpactRequest, InterventionRow } from '../data-access/commerce-rows';
import { DEFAULT_WINDOW_DAYS } from '../state/commerce-choices';

type Mode = 'intervention' | 'adHoc';

/**
 * What the impact tool compares: an intervention of the commune, or a period with a street or a zone, and how many
 * days before and after. Inputs and outputs only: the page dispatches.
 */
@Component({
  selector: 'app-impact-form',
  imports: [TranslatePipe, FormatValuePipe],
  templateUrl: './impact-form.html',
})
export class ImpactForm {
  readonly interventions = input.required<readonly InterventionRow[]>();
  readonly streets = input.required<readonly string[]>();
  readonly zones = input.required<readonly string[]>();
  /** The request shown (the one analysed last), to keep the form in step. */
  readonly request = input<ImpactRequest | null>(null);
  readonly busy = input(false);
  readonly analyse = output<ImpactRequest>();

  protected readonly mode = signal<Mode>('intervention');
  protected readonly intervention = signal('');
  protected readonly start = signal('');
  protected readonly end = signal('');
  protected readonly place = signal('');
  protected readonly window = signal(DEFAULT_WINDOW_DAYS);
  protected readonly invalid = signal(false);
  protected readonly places = computed(() => [
    ...this.streets().map((street) => ({ value: `street:${street}`, label: street })),
    ...this.zones().map((zone) => ({ value: `zone:${zone}`, label: zone })),
  ]);

  constructor() {
    effect(() => {
      const request = this.request();
      if (!request) return;
      this.window.set(request.window);
      if (request.intervention) {
        this.mode.set('intervention');
        this.intervention.set(request.intervention);
      }
    });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const window = Number(this.window()) || DEFAULT_WINDOW_DAYS;
    if (this.mode() === 'intervention') {
      if (!this.intervention()) return this.invalid.set(true);
      this.invalid.set(false);
      this.analyse.emit({ intervention: this.intervention(), window });
      return;
    }
    const [kind, ...rest] = this.place().split(':');
    const value = rest.join(':');
    if (!this.start() || !this.end() || this.start() > this.end() || !value) return this.invalid.set(true);
    this.invalid.set(false);
    this.analyse.emit({
      start: this.start(),
      end: this.end(),
      window,
      ...(kind === 'zone' ? { zone: value } : { street: value }),
    });
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }
}
