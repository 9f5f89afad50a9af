import { Component, input, output } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';

/** The first screen: which quartier is the meeting about. Large buttons, one per quartier. Inputs and outputs only. */
@Component({
  selector: 'app-quartier-choice',
  imports: [TranslatePipe],
  template: `
    <h2 id="choice-title">{{ 'presentation.choose' | t }}</h2>
    <ul class="choices" aria-labelledby="choice-title">
      @for (choice of choices(); track choice.id) {
        <li>
          <button type="button" class="choice" (click)="choose.emit(choice.id)">
            {{ choice.name }}
          </button>
        </li>
      }
    </ul>
  `,
  styles: `
    .choices {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.75rem;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    }
    .choice {
      inline-size: 100%;
      font: inherit;
      font-size: 1.3rem;
      font-weight: 700;
      padding: 1rem;
      border: 2px solid var(--color-primary);
      border-radius: var(--radius);
      background: var(--color-surface);
      color: var(--color-primary);
      cursor: pointer;
      text-align: start;
    }
    .choice:hover {
      background: #eef3fa;
    }
  `,
})
export class QuartierChoice {
  readonly choices = input.required<readonly { id: number; name: string }[]>();
  readonly choose = output<number>();
}
