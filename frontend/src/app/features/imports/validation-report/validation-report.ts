import { Component, ElementRef, effect, input, output, viewChild } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { DataTable } from '../../../shared/ui/data-table/data-table';
import { ReportView } from '../state/imports.selectors';

/**
 * Step 2: the report of the file, line by line (line, column, value, reason), read before anything is written.
 * A clean check offers to import; a refused file says nothing was written. It takes the focus when it appears.
 */
@Component({
  selector: 'app-validation-report',
  imports: [TranslatePipe, DataTable],
  template: `
    @let view = report();
    <section #box class="card report" tabindex="-1" [attr.data-status]="view.status" aria-labelledby="report-title">
      <h2 class="card-title" id="report-title">
        <span class="icon" aria-hidden="true">{{ icon() }}</span>
        {{ 'imports.report.title' | t: { file: view.fileName } }}
      </h2>
      <p class="summary" role="status">{{ view.summary }}</p>
      @if (view.facts; as facts) {
        <h3 class="facts-title">{{ facts.title }}</h3>
        <dl class="facts">
          @for (item of facts.items; track item.label) {
            <div>
              <dt>{{ item.label }}</dt>
              <dd>{{ item.value }}</dd>
            </div>
          }
        </dl>
        @if (facts.perKind.length) {
          <h4 class="facts-title">{{ 'imports.summary.perKind' | t }}</h4>
          <ul class="per-kind">
            @for (kind of facts.perKind; track kind.label) {
              <li>{{ kind.label }} : {{ kind.value }}</li>
            }
          </ul>
        }
        @if (facts.notes.length) {
          <ul class="notes">
            @for (note of facts.notes; track $index) {
              <li>{{ note }}</li>
            }
          </ul>
        }
      }
      @if (view.warnings.length) {
        <h3 class="facts-title">{{ 'imports.summary.warnings' | t: { count: view.warnings.length } }}</h3>
        <ul class="warnings">
          @for (warning of view.warnings; track $index) {
            <li>{{ warning }}</li>
          }
        </ul>
      }
      @if (view.issuesTotal) {
        <p class="issues-total">{{ view.issuesTotal }}</p>
      }
      @if (view.issues.length) {
        <app-data-table
          [caption]="'imports.report.issues' | t: { file: view.fileName }"
          [columns]="view.columns"
          [rows]="view.issues"
          [fileName]="'imports.report.issuesFile' | t: { file: view.fileName }"
        />
      }
      <p class="actions">
        @if (view.canImport) {
          <button type="button" class="button" [disabled]="busy()" (click)="confirm.emit()">
            {{ (busy() ? 'imports.report.importing' : 'imports.report.import') | t }}
          </button>
        }
        <button type="button" class="button button--secondary" [disabled]="busy()" (click)="dismiss.emit()">
          {{ (view.canImport ? 'imports.report.cancel' : 'imports.report.another') | t }}
        </button>
      </p>
    </section>
  `,
  styles: `
    .report {
      margin-block: 1rem;
      border-inline-start-width: 6px;
    }
    .report[data-status='refused'] {
      border-inline-start-color: var(--color-alert);
    }
    .report[data-status='checked'],
    .report[data-status='landed'] {
      border-inline-start-color: var(--color-ok);
    }
    .icon {
      margin-inline-end: 0.3rem;
    }
    .summary {
      font-weight: 600;
    }
    .facts-title {
      font-size: 1rem;
      margin-block: 0.75rem 0.25rem;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin: 0;
    }
    .facts dt {
      font-size: 0.85rem;
      color: var(--color-muted);
    }
    .facts dd {
      margin: 0;
      font-weight: 600;
    }
    .notes,
    .per-kind,
    .warnings {
      margin-block: 0.25rem;
      padding-inline-start: 1.25rem;
    }
    .actions {
      display: flex;
      gap: 0.75rem;
      flex-wrap: wrap;
    }
  `,
})
export class ValidationReport {
  private readonly box = viewChild.required<ElementRef<HTMLElement>>('box');

  readonly report = input.required<ReportView>();
  readonly busy = input(false);
  readonly confirm = output<void>();
  readonly dismiss = output<void>();

  protected icon(): string {
    return this.report().status === 'refused' ? '✕' : '✓';
  }

  constructor() {
    effect(() => {
      this.report();
      this.box().nativeElement.focus();
    });
  }
}
