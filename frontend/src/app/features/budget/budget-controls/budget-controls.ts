import { Component, input, output } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { BudgetStage, Direction, Section } from '../data-access/budget-rows';

export interface StageOption {
  stage: BudgetStage;
  label: string;
  available: boolean;
}

let nextId = 0;

/**
 * The stage the voted amounts are taken at (a radio group: a stage not loaded for the year is disabled), the
 * section and the side (expenses or revenue) of the execution charts and the drill-down.
 */
@Component({
  selector: 'app-budget-controls',
  imports: [TranslatePipe],
  template: `
    <div class="controls">
      <fieldset class="stages">
        <legend>{{ 'budget.stage.label' | t }}</legend>
        @for (option of stages(); track option.stage) {
          <label [class.unavailable]="!option.available">
            <input
              type="radio"
              [name]="id + '-stage'"
              [value]="option.stage"
              [checked]="option.stage === stage()"
              [disabled]="!option.available"
              (change)="stageChange.emit(option.stage)"
            />
            {{ option.available ? option.label : ('budget.stage.notLoaded' | t: { stage: option.label }) }}
          </label>
        }
      </fieldset>
      <div class="field">
        <label [for]="id + '-section'">{{ 'budget.section.label' | t }}</label>
        <select [id]="id + '-section'" (change)="onSection($event)">
          <option value="F" [selected]="section() === 'F'">{{ 'budget.section.F' | t }}</option>
          <option value="I" [selected]="section() === 'I'">{{ 'budget.section.I' | t }}</option>
        </select>
      </div>
      <div class="field">
        <label [for]="id + '-direction'">{{ 'budget.direction.label' | t }}</label>
        <select [id]="id + '-direction'" (change)="onDirection($event)">
          <option value="D" [selected]="direction() === 'D'">{{ 'budget.direction.D' | t }}</option>
          <option value="R" [selected]="direction() === 'R'">{{ 'budget.direction.R' | t }}</option>
        </select>
      </div>
    </div>
  `,
  styles: `
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 1rem 1.5rem;
      margin-block-end: 1rem;
    }
    .stages {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
      padding: 0.4rem 0.8rem 0.6rem;
      margin: 0;
    }
    legend {
      font-weight: 600;
      font-size: 0.9rem;
      padding-inline: 0.25rem;
    }
    .unavailable {
      color: var(--color-muted);
    }
  `,
})
export class BudgetControls {
  readonly stages = input.required<readonly StageOption[]>();
  readonly stage = input.required<BudgetStage>();
  readonly section = input.required<Section>();
  readonly direction = input.required<Direction>();

  readonly stageChange = output<BudgetStage>();
  readonly sectionChange = output<Section>();
  readonly directionChange = output<Direction>();

  protected readonly id = `budget-controls-${nextId++}`;

  protected onSection(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (value === 'F' || value === 'I') this.sectionChange.emit(value);
  }

  protected onDirection(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (value === 'D' || value === 'R') this.directionChange.emit(value);
  }
}
