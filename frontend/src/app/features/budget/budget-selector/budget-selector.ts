import { Component, input, output } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { BudgetOption } from '../state/budget-options';

/**
 * Which budget the financial health figures are computed on: the budget principal, one budget annexe (lotissement,
 * eau...) or the consolidated budget. Shown only when the commune has annexes. Inputs and outputs only.
 */
@Component({
  selector: 'app-budget-selector',
  imports: [TranslatePipe],
  template: `
    @if (options().length) {
      <div class="field budget-selector">
        <label for="budget-choice">{{ 'budget.selector.label' | t }}</label>
        <select id="budget-choice" aria-describedby="budget-choice-hint" (change)="pick($event)">
          @for (option of options(); track option.value) {
            <option [value]="option.value" [selected]="option.value === value()">{{ option.label }}</option>
          }
        </select>
        <p id="budget-choice-hint" class="hint">{{ 'budget.selector.hint' | t }}</p>
      </div>
    }
  `,
  styles: `
    .budget-selector {
      margin-block: 0.5rem 1rem;
    }
    .hint {
      margin: 0.25rem 0 0;
      font-size: 0.85rem;
      color: var(--color-muted);
    }
  `,
})
export class BudgetSelector {
  readonly options = input.required<readonly BudgetOption[]>();
  readonly value = input.required<string>();
  readonly valueChange = output<string>();

  protected pick(event: Event): void {
    this.valueChange.emit((event.target as HTMLSelectElement).value);
  }
}
