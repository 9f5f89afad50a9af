import { Component, input, output } from '@angular/core';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { HistoryRow } from '../state/imports.selectors';

/**
 * The imports of the commune, latest first: when, what (kind and file), who, status, rows written or problems,
 * and "Annuler l'import" for the latest landed import of each kind. Inputs and outputs only.
 */
@Component({
  selector: 'app-import-history',
  imports: [TranslatePipe, FormatValuePipe],
  template: `
    @if (rows().length === 0) {
      <p>{{ 'imports.history.empty' | t }}</p>
    } @else {
      <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="'imports.history.title' | t">
        <table class="plain-table" class="history">
          <caption class="visually-hidden">
            {{
              'imports.history.title' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'imports.history.when' | t }}</th>
              <th scope="col">{{ 'imports.history.what' | t }}</th>
              <th scope="col">{{ 'imports.history.file' | t }}</th>
              <th scope="col">{{ 'imports.history.who' | t }}</th>
              <th scope="col">{{ 'imports.history.status' | t }}</th>
              <th scope="col" class="numeric">{{ 'imports.history.rows' | t }}</th>
              @if (canEdit()) {
                <th scope="col">{{ 'imports.history.action' | t }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.id) {
              <tr [attr.data-status]="row.statusCode">
                <th scope="row">{{ row.startedAt | fmt: 'date' }} {{ time(row.startedAt) }}</th>
                <td>{{ row.kind }}</td>
                <td class="file">{{ row.fileName }}</td>
                <td>{{ row.by }}</td>
                <td>
                  <span class="status">{{ row.status }}</span>
                </td>
                <td class="numeric">
                  @if (row.statusCode === 'refused') {
                    {{ 'imports.history.problems' | t: { count: row.issues } }}
                  } @else {
                    {{ row.rowsWritten | fmt: 'integer' }}
                  }
                </td>
                @if (canEdit()) {
                  <td>
                    @if (row.canRollBack) {
                      <button
                        type="button"
                        class="button button--secondary"
                        [disabled]="rollingBack() !== null"
                        [attr.aria-label]="'imports.history.rollbackNamed' | t: { id: row.id, file: row.fileName }"
                        (click)="rollback.emit(row)"
                      >
                        {{
                          (rollingBack() === row.id ? 'imports.history.rollingBack' : 'imports.history.rollback') | t
                        }}
                      </button>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .file {
      word-break: break-all;
    }
    tr[data-status='refused'] .status {
      color: var(--color-alert);
      font-weight: 700;
    }
    tr[data-status='rolled_back'] .status {
      color: var(--color-muted);
      font-style: italic;
    }
    tr[data-status='landed'] .status {
      color: var(--color-ok);
      font-weight: 700;
    }
  `,
})
export class ImportHistory {
  readonly rows = input.required<readonly HistoryRow[]>();
  readonly canEdit = input(false);
  readonly rollingBack = input<number | null>(null);
  readonly rollback = output<HistoryRow>();

  /** "14:05", in the 24-hour clock used in France. */
  protected time(iso: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime())
      ? ''
      : `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  }
}
