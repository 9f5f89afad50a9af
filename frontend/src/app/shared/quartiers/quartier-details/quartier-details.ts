import { Component, computed, input, output } from '@angular/core';
import { TranslationKey } from '../../../core/i18n/dictionaries';
import { ValueKind } from '../../../core/i18n/format-value';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { QuartierSummary } from '../quartier-summary';

interface Figure {
  label: TranslationKey;
  value: number | null;
  kind: ValueKind;
}

/** The figures of one quartier, as a description list. */
@Component({
  selector: 'app-quartier-details',
  imports: [FormatValuePipe, TranslatePipe],
  template: `
    @if (summary(); as quartier) {
      <div class="details-head">
        <h3 aria-live="polite">{{ quartier.quartier }}</h3>
        <button type="button" class="button button--secondary" (click)="closed.emit()">
          {{ 'quartier.close' | t }}
        </button>
      </div>
      @if (synthetic()) {
        <p class="note">{{ 'quartier.synthetic' | t }}</p>
      }
      <dl>
        @for (figure of figures(); track figure.label) {
          <div class="figure">
            <dt>{{ figure.label | t }}</dt>
            <dd>{{ figure.value | fmt: figure.kind }}</dd>
          </div>
        }
      </dl>
    } @else {
      <h3>{{ 'quartier.details' | t }}</h3>
      <p>{{ 'quartier.pick' | t }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    h3 {
      margin: 0;
      font-size: 1.25rem;
    }
    .details-head {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    .note {
      color: var(--color-muted);
      font-style: italic;
    }
    dl {
      margin: 0.75rem 0 0;
    }
    .figure {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      padding-block: 0.3rem;
      border-block-end: 1px solid var(--color-border);
    }
    dd {
      margin: 0;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      text-align: end;
    }
  `,
})
export class QuartierDetails {
  readonly summary = input<QuartierSummary | null>(null);
  readonly synthetic = input(false);
  readonly closed = output<void>();

  protected readonly figures = computed<Figure[]>(() => {
    const quartier = this.summary();
    if (!quartier) return [];
    return [
      { label: 'column.population', value: quartier.population, kind: 'integer' },
      { label: 'column.investment', value: quartier.investment_eur, kind: 'euros' },
      {
        label: 'column.investmentPerInhabitant',
        value: quartier.investment_per_inhabitant_eur,
        kind: 'euros',
      },
      { label: 'column.buildings', value: quartier.buildings, kind: 'integer' },
      { label: 'column.fluidsCost', value: quartier.fluids_cost_eur, kind: 'euros' },
      { label: 'column.premises', value: quartier.premises, kind: 'integer' },
      { label: 'column.vacantPremises', value: quartier.vacant_premises, kind: 'integer' },
      { label: 'column.vacancyRate', value: quartier.vacancy_rate, kind: 'percent' },
      { label: 'column.footfall', value: quartier.footfall, kind: 'integer' },
    ];
  });
}
