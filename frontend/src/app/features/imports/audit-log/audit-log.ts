import { Component, input, output } from '@angular/core';
import { LoadStatus } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { AuditRow } from '../state/audit-log.selectors';

/**
 * "Journal des actions", for admins: the commune's latest entries of the audit log (when, who, what, on what, what
 * changed) and the whole list as a CSV file. Inputs and outputs only.
 */
@Component({
  selector: 'app-audit-log',
  imports: [TranslatePipe, LoadingState, ErrorState],
  template: `
    <section aria-labelledby="audit-log-title">
      <h2 id="audit-log-title">{{ 'imports.audit.title' | t }}</h2>
      <p>{{ 'imports.audit.intro' | t }}</p>
      @if (csvUrl(); as url) {
        <p>
          <a class="button button--secondary" [href]="url" download>{{ 'imports.audit.download' | t }}</a>
        </p>
      }
      @if (status() === 'error') {
        <app-error-state [message]="error() ?? ''" [retryable]="true" (retry)="retry.emit()" />
      } @else if (status() !== 'loaded') {
        <app-loading-state [message]="'imports.audit.loading' | t" />
      } @else if (rows().length === 0) {
        <p>{{ 'imports.audit.empty' | t }}</p>
      } @else {
        <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="'imports.audit.title' | t">
          <table class="plain-table">
            <caption>
              {{
                'imports.audit.caption' | t: { count: rows().length, commune: communeName() }
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'imports.audit.when' | t }}</th>
                <th scope="col">{{ 'imports.audit.who' | t }}</th>
                <th scope="col">{{ 'imports.audit.what' | t }}</th>
                <th scope="col">{{ 'imports.audit.target' | t }}</th>
                <th scope="col">{{ 'imports.audit.details' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.id) {
                <tr>
                  <th scope="row">
                    <time [attr.datetime]="row.at">{{ row.when }}</time>
                  </th>
                  <td class="who">{{ row.who }}</td>
                  <td>{{ row.what }}</td>
                  <td class="target">{{ row.target }}</td>
                  <td>{{ row.details }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    caption {
      text-align: start;
      padding-block-end: 0.4rem;
      color: var(--color-muted);
    }
    tbody th {
      font-weight: 400;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .who,
    .target {
      word-break: break-word;
    }
  `,
})
export class AuditLog {
  readonly rows = input.required<readonly AuditRow[]>();
  readonly status = input.required<LoadStatus>();
  readonly error = input<string | null>(null);
  readonly csvUrl = input<string | null>(null);
  readonly communeName = input('');
  readonly retry = output<void>();
}
