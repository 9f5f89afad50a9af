import { Component, computed, input, output, signal } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { BUILDING_TYPES, BuildingType, Fluid, NewAlertRule } from '../data-access/fluids-rows';

export type RuleDraft = Omit<NewAlertRule, 'commune'>;

interface Option {
  id: string;
  name: string;
}

/** The form of a new alert rule: a building or a type, a fluid, a measure and a threshold. Emits the draft. */
@Component({
  selector: 'app-rule-form',
  imports: [TranslatePipe],
  templateUrl: './rule-form.html',
  styles: `
    form {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: 0.75rem 1.25rem;
      align-items: end;
    }
    fieldset {
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
      padding: 0.5rem 1rem;
    }
    input[type='text'] {
      inline-size: 100%;
      padding: 0.35rem 0.5rem;
    }
  `,
})
export class RuleForm {
  readonly buildings = input.required<readonly Option[]>();
  readonly fluids = input.required<readonly { code: Fluid; label: string }[]>();
  readonly typeLabels = input.required<Readonly<Record<BuildingType, string>>>();
  readonly saving = input(false);

  readonly submitted = output<RuleDraft>();

  protected readonly types = BUILDING_TYPES;
  protected readonly scope = signal<'building' | 'type'>('type');
  protected readonly building = signal('');
  protected readonly type = signal<BuildingType>('school');
  protected readonly fluid = signal<Fluid | ''>('');
  protected readonly measure = signal<'quantity' | 'amount_eur'>('quantity');
  protected readonly kind = signal<'percent' | 'absolute'>('percent');
  protected readonly value = signal<number | null>(20);
  protected readonly label = signal('');
  protected readonly valid = computed(
    () => (this.value() ?? 0) > 0 && (this.scope() === 'type' || this.building() !== ''),
  );

  /** "250,5" or "250.5" (a text field: number fields refuse the French decimal comma in some browsers). */
  protected numberOf(text: string): number | null {
    const value = Number(text.replace(/\s/g, '').replace(',', '.'));
    return text.trim() === '' || !Number.isFinite(value) ? null : value;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (!this.valid()) return;
    this.submitted.emit({
      ...(this.scope() === 'building' ? { building_id: this.building() } : { building_type: this.type() }),
      ...(this.fluid() ? { fluid: this.fluid() as Fluid } : {}),
      measure: this.measure(),
      threshold_kind: this.kind(),
      threshold_value: this.value()!,
      ...(this.label().trim() ? { label: this.label().trim() } : {}),
    });
  }
}
