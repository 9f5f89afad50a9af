import { Component, computed, inject, input, linkedSignal, output, signal } from '@angular/core';
import { formatNumber, plainSpaces } from '../../../core/i18n/format-value';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { Translator } from '../../../core/i18n/translator';
import { AlertThresholdView } from '../state/build-alert-thresholds';

/**
 * A new value for one threshold: a labelled text field (the French decimal comma is welcome) with its unit, a
 * message saying what is wrong when the value cannot be a threshold, and a button. Emits the number.
 */
@Component({
  selector: 'app-threshold-form',
  imports: [TranslatePipe],
  template: `
    @let view = threshold();
    <form novalidate (submit)="submit($event)">
      <label class="visually-hidden" [for]="id()">{{
        'alerts.threshold.label' | t: { kind: view.label, unit: view.unitName }
      }}</label>
      <span class="value-with-unit">
        <input
          type="text"
          inputmode="decimal"
          autocomplete="off"
          size="6"
          [id]="id()"
          [value]="text()"
          [attr.aria-invalid]="showError() ? 'true' : null"
          [attr.aria-describedby]="showError() ? id() + '-error' : null"
          (input)="text.set($any($event.target).value)"
        />
        <span class="unit">{{ view.unitName }}</span>
      </span>
      <button type="submit" class="button button--secondary" [disabled]="saving()">
        {{ 'alerts.threshold.save' | t }}<span class="visually-hidden"> : {{ view.label }}</span>
      </button>
      @if (showError()) {
        <p class="error" [id]="id() + '-error'">
          {{
            view.max === null
              ? ('alerts.threshold.invalid' | t)
              : ('alerts.threshold.invalidMax' | t: { max: view.max })
          }}
        </p>
      }
    </form>
  `,
  styles: `
    form {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem;
    }
    .value-with-unit {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
    }
    input {
      font: inherit;
      inline-size: 5rem;
      padding: 0.3rem 0.5rem;
      border: 1px solid #5b6472;
      border-radius: 4px;
    }
    input[aria-invalid='true'] {
      border: 2px solid var(--color-alert);
    }
    .error {
      flex-basis: 100%;
      margin: 0;
      color: var(--color-alert);
      font-weight: 600;
    }
  `,
})
export class ThresholdForm {
  private readonly translator = inject(Translator);

  readonly threshold = input.required<AlertThresholdView>();
  readonly saving = input(false);
  readonly submitted = output<number>();

  protected readonly id = computed(() => `threshold-${this.threshold().kind}`);
  /** The field starts from the value in force, and again once a new one is saved. */
  protected readonly text = linkedSignal(() =>
    plainSpaces(formatNumber(this.threshold().value, this.translator.locale())),
  );
  private readonly tried = signal(false);
  protected readonly value = computed(() => this.numberOf(this.text()));
  protected readonly showError = computed(() => this.tried() && this.value() === null);

  /** "12,5", "12.5" or "1 000"; null when it is no number, not above 0, or above the unit's maximum. */
  private numberOf(text: string): number | null {
    const value = Number(text.replace(/\s/g, '').replace(',', '.'));
    const max = this.threshold().max;
    if (text.trim() === '' || !Number.isFinite(value) || value <= 0) return null;
    return max !== null && value > max ? null : value;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.tried.set(true);
    const value = this.value();
    if (value === null) {
      (event.target as HTMLFormElement).querySelector('input')?.focus();
      return;
    }
    this.submitted.emit(value);
  }
}
