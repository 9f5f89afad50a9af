import { Component, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { AcknowledgeEvent } from '../fluids-alert-table/fluids-alert-table';
import { FamilyAlertSection } from '../state/build-family-alerts';

/**
 * The alerts of one family (programmes, vacancy or footfall), most serious first: what, in words; how serious, in
 * words and a sign (colour is only a third cue); since when; who took it in hand with which note. The subject links
 * to the page that details it. Editors acknowledge with a note, or withdraw.
 */
@Component({
  selector: 'app-family-alert-table',
  imports: [TranslatePipe, RouterLink],
  template: `
    @let view = section();
    @if (view.alerts.length === 0) {
      <p class="state">{{ view.none }}</p>
    } @else {
      <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="view.title">
        <table>
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
              <tr
                [attr.data-severity]="alert.severity"
                [attr.data-acknowledged]="alert.acknowledged"
              >
                <th scope="row">
                  <a [routerLink]="alert.link" queryParamsHandling="preserve">{{
                    alert.subject
                  }}</a>
                  @if (alert.quartier) {
                    <span class="where">{{ alert.quartier }}</span>
                  }
                </th>
                <td>{{ alert.what }}</td>
                <td class="severity">
                  <span class="icon" aria-hidden="true">{{
                    alert.severity === 'high' ? '!!' : '!'
                  }}</span>
                  {{
                    (alert.severity === 'high'
                      ? 'brief.severity.critical'
                      : 'brief.severity.warning'
                    ) | t
                  }}
                </td>
                <td>{{ alert.since }}</td>
                <td>
                  @if (alert.acknowledged) {
                    <p class="ack">
                      <span aria-hidden="true">✓ </span
                      >{{
                        alert.acknowledgedOn
                          ? ('alerts.acknowledgedOn'
                            | t: { who: alert.acknowledgedBy ?? '?', date: alert.acknowledgedOn })
                          : ('alerts.acknowledgedBy' | t: { who: alert.acknowledgedBy ?? '?' })
                      }}
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
                        }}<span class="visually-hidden"> : {{ alert.sentence }}</span>
                      </button>
                    }
                  } @else if (canAcknowledge()) {
                    <form class="ack-form" (submit)="submit($event, alert.key)">
                      <label class="visually-hidden" [for]="noteId($index)">{{
                        'alerts.noteOn' | t: { subject: alert.sentence }
                      }}</label>
                      <input
                        type="text"
                        maxlength="1000"
                        [id]="noteId($index)"
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
                        }}<span class="visually-hidden"> : {{ alert.sentence }}</span>
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
export class FamilyAlertTable {
  readonly section = input.required<FamilyAlertSection>();
  readonly canAcknowledge = input(false);
  readonly busyKey = input<string | null>(null);
  readonly acknowledge = output<AcknowledgeEvent>();
  readonly withdraw = output<string>();

  protected readonly notes = signal<Readonly<Record<string, string>>>({});

  /** Alert keys hold spaces and pipes: the field's id is built from the family and the row. */
  protected noteId(index: number): string {
    return `note-${this.section().family}-${index}`;
  }

  protected note(key: string, value: string): void {
    this.notes.update((notes) => ({ ...notes, [key]: value }));
  }

  protected submit(event: Event, key: string): void {
    event.preventDefault();
    this.acknowledge.emit({ key, comment: (this.notes()[key] ?? '').trim() });
  }
}
