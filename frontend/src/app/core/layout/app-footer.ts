import { Component, input } from '@angular/core';
import { TranslatePipe } from '../i18n/translate-pipe';

/** Data sources and licences; says when the quartiers shown are demonstration shapes (unions of real IRIS). */
@Component({
  selector: 'app-footer',
  imports: [TranslatePipe],
  template: `
    <footer class="footer">
      <div class="page-width">
        <h2 class="footer-title">{{ 'footer.sources' | t }}</h2>
        <ul>
          <li>{{ 'footer.contours' | t }}</li>
          @if (isDemo()) {
            <li>{{ 'footer.demoQuartiers' | t }}</li>
          }
          <li>{{ 'footer.licence' | t }}</li>
        </ul>
      </div>
    </footer>
  `,
  styles: `
    .footer {
      margin-block-start: 3rem;
      padding-block: 1.5rem;
      background: var(--color-surface);
      border-block-start: 1px solid var(--color-border);
      font-size: 0.95rem;
    }
    .footer-title {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
    ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
  `,
})
export class AppFooter {
  readonly isDemo = input(false);
}
