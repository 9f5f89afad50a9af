import { Component, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
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
  imports: [TranslatePipe, FormatValuePipe, RouterLink],
  template: `
    @if (alerts().length === 0) {
      <p class="state">{{ 'alerts.fluids.none' | t }}</p>
    } @else {
      <div
        class="table-scroll"
        role="region"
        tabindex="0"
        [attr.aria-label]="'alerts.fluids.title' | t"
      >
        <table>
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
                  <a
                    [routerLink]="['/fluids/batiments', alert.buildingId]"
                    queryParamsHandling="preserve"
                    >{{ alert.building }}</a
                  >
                </th>
                <td>{{ alert.kind }} ({{ alert.fluid }})</td>
                <td>{{ alert.since }} · {{ 'alerts.months' | t: { months: alert.months } }}</td>
                <td class="numeric">{{ alert.cost | fmt: 'euros' }}</td>
                <td>
                  @if (alert.acknowledged) {
                    <p class="ack">
                      <span aria-hidden="true">✓ </span
                      >{{ 'alerts.acknowledgedBy' | t: { who: alert.acknowledgedBy ?? '?' } }}
                      @if (alert.comment) {
                        <br /><q>{{ alert.comment }}</q>
                      }
                    </p>
                    @if (canAcknowledge()) {
                      <button
                        type="button"
                        class="link-button"
                        [disabled]="busyKey() === alert.key"
                        (click)="withdraw.emit(alert.key)"
                      >
                        {{ 'alerts.withdraw' | t
                        }}<span class="visually-hidden"> : {{ alert.building }}</span>
                      </button>
                    }
                  } @else if (canAcknowledge()) {
                    <form class="ack-form" (submit)="submit($event, alert.key)">
                      <label class="visually-hidden" [for]="'note-' + $index">{{
                        'alerts.note' | t: { building: alert.building }
                      }}</label>
                      <input
                        type="text"
                        maxlength="1000"
                        [id]="'note-' + $index"
                        [placeholder]="'alerts.notePlaceholder' | t"
                        [value]="notes()[alert.key] ?? ''"
                        (input)="note(alert.key, $any($event.target).value)"
                      />
                      <button
                        type="submit"
                        class="button button--secondary"
                        [disabled]="busyKey() === alert.key"
                      >
                        {{ 'alerts.acknowledge' | t
                        }}<span class="visually-hidden"> : {{ alert.building }}</span>
                      </button>
                    </form>
                  } @else {
                    {{ 'alerts.open' | t }}
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .table-scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      background: var(--color-surface);
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.45rem 0.6rem;
      border-block-end: 1px solid var(--color-border);
    }
    thead th {
      background: #e8ecf2;
    }
    .numeric {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .ack {
      margin: 0;
      color: var(--color-ok);
    }
    .ack q {
      color: var(--color-text);
      font-style: italic;
    }
    .ack-form {
      display: flex;
      gap: 0.4rem;
      flex-wrap: wrap;
    }
    .ack-form input {
      font: inherit;
      padding: 0.3rem 0.5rem;
      border: 1px solid #5b6472;
      border-radius: 4px;
      min-inline-size: 12rem;
    }
    .link-button {
      font: inherit;
      background: none;
      border: 0;
      padding: 0;
      color: var(--color-primary);
      text-decoration: underline;
      cursor: pointer;
    }
  `,
})
export class FluidsAlertTable {
  readonly alerts = input.required<readonly FluidsAlertView[]>();
  readonly canAcknowledge = input(false);
  readonly busyKey = input<string | null>(null);
  readonly acknowledge = output<AcknowledgeEvent>();
  readonly withdraw = output<string>();

  protected readonly notes = signal<Readonly<Record<string, string>>>({});

  protected note(key: string, value: string): void {
    this.notes.update((notes) => ({ ...notes, [key]: value }));
  }

  protected submit(event: Event, key: string): void {
    event.preventDefault();
    this.acknowledge.emit({ key, comment: (this.notes()[key] ?? '').trim() });
  }
}
