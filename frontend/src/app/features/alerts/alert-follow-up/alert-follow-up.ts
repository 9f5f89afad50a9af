import { Component, input, output, signal } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';

let nextId = 0;

/**
 * The follow-up cell of an alert, whatever its family: who took it in hand, when and with which note; for editors,
 * a note field and "Prendre en charge", or "Annuler la prise en charge". `subject` names the alert for screen
 * readers (every button of a table would otherwise read the same).
 */
@Component({
  selector: 'app-alert-follow-up',
  imports: [TranslatePipe],
  template: `
    @if (acknowledged()) {
      <p class="ack">
        <span aria-hidden="true">✓ </span
        >{{
          acknowledgedOn()
            ? ('alerts.acknowledgedOn' | t: { who: acknowledgedBy() ?? '?', date: acknowledgedOn() ?? '' })
            : ('alerts.acknowledgedBy' | t: { who: acknowledgedBy() ?? '?' })
        }}
        @if (comment()) {
          <br /><q>{{ comment() }}</q>
        }
      </p>
      @if (canAcknowledge()) {
        <button type="button" class="link-button" [disabled]="busy()" (click)="withdraw.emit()">
          {{ 'alerts.withdraw' | t }}<span class="visually-hidden"> : {{ subject() }}</span>
        </button>
      }
    } @else if (canAcknowledge()) {
      <form class="ack-form" (submit)="submit($event)">
        <label class="visually-hidden" [for]="id">{{ 'alerts.noteOn' | t: { subject: subject() } }}</label>
        <input
          type="text"
          maxlength="1000"
          [id]="id"
          [placeholder]="'alerts.notePlaceholder' | t"
          [value]="note()"
          (input)="note.set($any($event.target).value)"
        />
        <button type="submit" class="button button--secondary" [disabled]="busy()">
          {{ 'alerts.acknowledge' | t }}<span class="visually-hidden"> : {{ subject() }}</span>
        </button>
      </form>
    } @else {
      {{ 'alerts.open' | t }}
    }
  `,
  styles: `
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
  `,
})
export class AlertFollowUp {
  readonly subject = input.required<string>();
  readonly acknowledged = input(false);
  readonly acknowledgedBy = input<string | null>(null);
  /** The day it was taken in hand, already written for the reader (26/11/2026); null when unknown. */
  readonly acknowledgedOn = input<string | null>(null);
  readonly comment = input<string | null>(null);
  readonly canAcknowledge = input(false);
  readonly busy = input(false);
  /** The note, trimmed ('' when none). */
  readonly acknowledge = output<string>();
  readonly withdraw = output<void>();

  protected readonly id = `alert-note-${nextId++}`;
  protected readonly note = signal('');

  protected submit(event: Event): void {
    event.preventDefault();
    this.acknowledge.emit(this.note().trim());
  }
}
