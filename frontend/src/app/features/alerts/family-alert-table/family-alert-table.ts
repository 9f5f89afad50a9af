import { Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { AlertFollowUp } from '../alert-follow-up/alert-follow-up';
import { AcknowledgeEvent } from '../fluids-alert-table/fluids-alert-table';
import { FamilyAlertSection } from '../state/build-family-alerts';

/**
 * The alerts of one family (programmes, vacancy or footfall), most serious first: what, in words; how serious, in
 * words and a sign (colour is only a third cue); since when; who took it in hand with which note. The subject links
 * to the page that details it. Editors acknowledge with a note, or withdraw.
 */
@Component({
  selector: 'app-family-alert-table',
  imports: [TranslatePipe, RouterLink, AlertFollowUp],
  template: `
    @let view = section();
    @if (view.alerts.length === 0) {
      <p class="state">{{ view.none }}</p>
    } @else {
      <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="view.title">
        <table class="plain-table">
          <caption class="visually-hidden">
            {{
              view.title
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ view.subjectHeading }}</th>
              <th scope="col">{{ 'alerts.column.what' | t }}</th>
              <th scope="col">{{ 'alerts.column.severity' | t }}</th>
              <th scope="col">{{ 'alerts.column.since' | t }}</th>
              <th scope="col">{{ 'alerts.column.followUp' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (alert of view.alerts; track alert.key) {
              <tr [attr.data-severity]="alert.severity" [attr.data-acknowledged]="alert.acknowledged">
                <th scope="row">
                  <a [routerLink]="alert.link" queryParamsHandling="preserve">{{ alert.subject }}</a>
                  @if (alert.quartier) {
                    <span class="where">{{ alert.quartier }}</span>
                  }
                </th>
                <td>{{ alert.what }}</td>
                <td class="severity">
                  <span class="icon" aria-hidden="true">{{ alert.severity === 'high' ? '!!' : '!' }}</span>
                  {{ (alert.severity === 'high' ? 'brief.severity.critical' : 'brief.severity.warning') | t }}
                </td>
                <td>{{ alert.since }}</td>
                <td>
                  <app-alert-follow-up
                    [subject]="alert.sentence"
                    [acknowledged]="alert.acknowledged"
                    [acknowledgedBy]="alert.acknowledgedBy"
                    [acknowledgedOn]="alert.acknowledgedOn"
                    [comment]="alert.comment"
                    [canAcknowledge]="canAcknowledge()"
                    [busy]="busyKey() === alert.key"
                    (acknowledge)="acknowledge.emit({ key: alert.key, comment: $event })"
                    (withdraw)="withdraw.emit(alert.key)"
                  />
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    tbody tr {
      border-inline-start: 6px solid var(--color-warn);
    }
    tbody tr[data-severity='high'] {
      border-inline-start-color: var(--color-alert);
    }
    .where {
      display: block;
      font-weight: 400;
      font-size: 0.9rem;
      color: var(--color-muted);
    }
    .severity {
      font-weight: 700;
      white-space: nowrap;
    }
    .icon {
      display: inline-block;
      min-inline-size: 1.4rem;
      padding-inline: 0.2rem;
      text-align: center;
      border-radius: 0.7rem;
      color: #fff;
      background: var(--color-warn);
    }
    [data-severity='high'] .icon {
      background: var(--color-alert);
    }
  `,
})
export class FamilyAlertTable {
  readonly section = input.required<FamilyAlertSection>();
  readonly canAcknowledge = input(false);
  readonly busyKey = input<string | null>(null);
  readonly acknowledge = output<AcknowledgeEvent>();
  readonly withdraw = output<string>();
}
