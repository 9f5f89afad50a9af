import { Component, input } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';

/** Said plainly when there is nothing to show (never an empty chart). */
@Component({
  selector: 'app-empty-state',
  imports: [TranslatePipe],
  template: `<p class="state">{{ message() || ('state.empty' | t) }}</p>`,
})
export class EmptyState {
  readonly message = input('');
}
