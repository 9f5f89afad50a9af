import { Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { AlertFollowUp } from '../alert-follow-up/alert-follow-up';
import { FluidsAlertView } from '../state/build-fluids-alerts';

export interface AcknowledgeEvent {
  key: string;
  comment: string;
}

/**
 * The fluids alerts of the commune, costliest first: building, what, since when, estimated extra cost, whether
 * someone took it in hand (who, with which note). Staff who edit can acknowledge with a note, or withdraw it.
 */
@Component({
  selector: 'app-fluids-alert-table',
  imports: [TranslatePipe, FormatValuePipe, RouterLink, AlertFollowUp],
  template: `
    @if (alerts().length === 0) {
      <p class="state">{{ 'alerts.fluids.none' | t }}</p>
    } @else {
      <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="'alerts.fluids.title' | t">
        <table class="plain-table">
          <caption class="visually-hidden">
            {{
              'alerts.fluids.title' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'alerts.column.building' | t }}</th>
              <th scope="col">{{ 'alerts.column.what' | t }}</th>
              <th scope="col">{{ 'alerts.column.since' | t }}</th>
              <th scope="col" class="numeric">{{ 'alerts.column.cost' | t }}</th>
              <th scope="col">{{ 'alerts.column.followUp' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (alert of alerts(); track alert.key) {
              <tr [attr.data-acknowledged]="alert.acknowledged">
                <th scope="row">
                  <a [routerLink]="['/fluids/batiments', alert.buildingId]" queryParamsHandling="preserve">{{
                    alert.building
                  }}</a>
                </th>
                <td>{{ alert.kind }} ({{ alert.fluid }})</td>
                <td>{{ alert.since }} · {{ 'alerts.months' | t: { months: alert.months } }}</td>
                <td class="numeric">{{ alert.cost | fmt: 'euros' }}</td>
                <td>
                  <app-alert-follow-up
                    [subject]="alert.building"
                    [acknowledged]="alert.acknowledged"
                    [acknowledgedBy]="alert.acknowledgedBy"
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
})
export class FluidsAlertTable {
  readonly alerts = input.required<readonly FluidsAlertView[]>();
  readonly canAcknowledge = input(false);
  readonly busyKey = input<string | null>(null);
  readonly acknowledge = output<AcknowledgeEvent>();
  readonly withdraw = output<string>();
}
