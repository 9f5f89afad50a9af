import { Component, input, output } from '@angular/core';
import { Commune } from '../context/commune';
import { LoadStatus } from '../context/context.feature';
import { isPartialYear, YEARS } from '../context/years';
import { TranslatePipe } from '../i18n/translate-pipe';

/** The commune and year selectors of the header, each with its visible label. */
@Component({
  selector: 'app-context-picker',
  imports: [TranslatePipe],
  template: `
    <div class="field">
      <label for="context-commune">{{ 'shell.commune' | t }}</label>
      <select
        id="context-commune"
        [disabled]="status() !== 'loaded'"
        [attr.aria-describedby]="status() === 'error' ? 'context-commune-error' : null"
        (change)="communeChange.emit(value($event))"
      >
        @if (status() === 'loading' || status() === 'idle') {
          <option>{{ 'shell.communesLoading' | t }}</option>
        }
        @for (item of communes(); track item.insee_code) {
          <option [value]="item.insee_code" [selected]="item.insee_code === commune()">
            {{ item.name }}
          </option>
        }
      </select>
      @if (status() === 'error') {
        <p id="context-commune-error" class="field-error" role="alert">
          {{ 'shell.communesError' | t }}
        </p>
      }
    </div>
    <div class="field">
      <label for="context-year">{{ 'shell.year' | t }}</label>
      <select id="context-year" (change)="yearChange.emit(+value($event))">
        @for (item of years; track item) {
          <option [value]="item" [selected]="item === year()">
            {{ partial(item) ? ('shell.yearPartial' | t: { year: item }) : item }}
          </option>
        }
      </select>
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: flex-start;
    }
    .field-error {
      margin: 0.25rem 0 0;
      max-inline-size: 16rem;
    }
  `,
})
export class ContextPicker {
  readonly communes = input.required<readonly Commune[]>();
  readonly commune = input.required<string | null>();
  readonly year = input.required<number>();
  readonly status = input.required<LoadStatus>();
  readonly communeChange = output<string>();
  readonly yearChange = output<number>();

  protected readonly years = YEARS;
  protected readonly partial = isPartialYear;

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
}
