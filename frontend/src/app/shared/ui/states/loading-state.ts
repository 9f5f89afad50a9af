import { Component, input } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';

/** A polite "loading" message, announced by screen readers. */
@Component({
  selector: 'app-loading-state',
  imports: [TranslatePipe],
  template: `
    <p class="state" role="status">
      <span class="spinner" aria-hidden="true"></span>
      {{ message() || ('state.loading' | t) }}
    </p>
  `,
  styles: `
    .spinner {
      display: inline-block;
      inline-size: 1em;
      block-size: 1em;
      border: 3px solid var(--color-border);
      border-block-start-color: var(--color-primary);
      border-radius: 50%;
      animation: spin 0.8s linear infinite;
      vertical-align: -0.15em;
    }
    @keyframes spin {
      to {
        transform: rotate(1turn);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
      }
    }
  `,
})
export class LoadingState {
  readonly message = input('');
}
