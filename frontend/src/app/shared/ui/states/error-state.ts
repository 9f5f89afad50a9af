import { Component, input, output } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';

/** An error announced at once (role="alert"), with its reason and an optional retry. */
@Component({
  selector: 'app-error-state',
  imports: [TranslatePipe],
  template: `
    <div class="state state--error" role="alert">
      <p>
        <strong>{{ 'state.error' | t }}</strong>
        @if (message()) {
          {{ message() }}
        }
      </p>
      @if (retryable()) {
        <button type="button" class="button" (click)="retry.emit()">{{ 'state.retry' | t }}</button>
      }
    </div>
  `,
})
export class ErrorState {
  readonly message = input('');
  readonly retryable = input(false);
  readonly retry = output<void>();
}
