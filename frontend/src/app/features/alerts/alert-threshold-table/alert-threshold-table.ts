import { Component, input, output } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { FamilyAlertKind } from '../data-access/alert-rows';
import { ThresholdMessage } from '../state/alerts.selectors';
import { AlertThresholdView } from '../state/build-alert-thresholds';
import { ThresholdForm } from '../threshold-form/threshold-form';

export interface ThresholdChange {
  kind: FamilyAlertKind;
  value: number;
}

/**
 * The thresholds of the programmes, vacancy and footfall alerts: the rule in force in words, the default, who
 * changed it and when. Editors get a field per threshold; what became of a change is announced (role="status").
 */
@Component({
  selector: 'app-alert-threshold-table',
  imports: [TranslatePipe, ThresholdForm],
  template: `
    <p class="intro">
      {{ (canEdit() ? 'alerts.familyThresholds.editorIntro' : 'alerts.familyThresholds.readerIntro') | t }}
    </p>
    <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="'alerts.familyThresholds.caption' | t">
      <table class="plain-table">
        <caption class="visually-hidden">
          {{
            'alerts.familyThresholds.caption' | t
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'alerts.threshold.column.kind' | t }}</th>
            <th scope="col">{{ 'alerts.threshold.column.rule' | t }}</th>
            <th scope="col">{{ 'alerts.threshold.column.default' | t }}</th>
            <th scope="col">{{ 'alerts.threshold.column.changed' | t }}</th>
            @if (canEdit()) {
              <th scope="col">{{ 'alerts.threshold.column.edit' | t }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (threshold of thresholds(); track threshold.kind) {
            <tr>
              <th scope="row">{{ threshold.label }}</th>
              <td>{{ threshold.rule }}</td>
              <td>{{ threshold.defaultValue }}</td>
              <td>{{ threshold.changed }}</td>
              @if (canEdit()) {
                <td class="edit">
                  <app-threshold-form
                    [threshold]="threshold"
                    [saving]="saving() === threshold.kind"
                    (submitted)="changed.emit({ kind: threshold.kind, value: $event })"
                  />
                  @if (!threshold.isDefault) {
                    <button
                      type="button"
                      class="link-button"
                      [disabled]="saving() === threshold.kind"
                      (click)="resetRequested.emit(threshold.kind)"
                    >
                      {{ 'alerts.threshold.reset' | t: { value: threshold.defaultValue }
                      }}<span class="visually-hidden"> : {{ threshold.label }}</span>
                    </button>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
    <p class="message" role="status" [attr.data-tone]="message()?.tone">
      {{ message()?.text }}
    </p>
  `,
  styles: `
    .link-button {
      display: block;
      margin-block-start: 0.3rem;
    }
    /* the field, its unit and the button on one line */
    .edit {
      min-inline-size: 19rem;
    }
    .message {
      min-block-size: 1.5rem;
      font-weight: 600;
    }
    .message[data-tone='success'] {
      color: var(--color-ok);
    }
    .message[data-tone='error'] {
      color: var(--color-alert);
    }
  `,
})
export class AlertThresholdTable {
  readonly thresholds = input.required<readonly AlertThresholdView[]>();
  readonly canEdit = input(false);
  /** The kind being saved: its button waits. */
  readonly saving = input<FamilyAlertKind | null>(null);
  readonly message = input<ThresholdMessage | null>(null);
  readonly changed = output<ThresholdChange>();
  /** Back to the default value. */
  readonly resetRequested = output<FamilyAlertKind>();
}
