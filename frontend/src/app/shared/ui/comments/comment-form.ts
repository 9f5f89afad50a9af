import { Component, computed, input, linkedSignal, output, signal } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { CommentDraft } from './figure-comment';

let nextId = 0;

/**
 * A short form to attach a note to a figure for a period (by default the year shown). Emits the draft; the page
 * adds the commune and the figure's target and sends it.
 */
@Component({
  selector: 'app-comment-form',
  imports: [TranslatePipe],
  template: `
    <form class="comment-form" novalidate (submit)="submit($event)">
      <div class="field">
        <label [for]="id + '-body'">{{ 'comments.body' | t: { figure: figure() } }}</label>
        <textarea
          [id]="id + '-body'"
          rows="2"
          maxlength="2000"
          required
          [value]="body()"
          (input)="body.set($any($event.target).value)"
        ></textarea>
      </div>
      <div class="period">
        <div class="field">
          <label [for]="id + '-from'">{{ 'comments.from' | t }}</label>
          <input
            type="date"
            [id]="id + '-from'"
            required
            [value]="from()"
            (input)="from.set($any($event.target).value)"
          />
        </div>
        <div class="field">
          <label [for]="id + '-to'">{{ 'comments.to' | t }}</label>
          <input type="date" [id]="id + '-to'" required [value]="to()" (input)="to.set($any($event.target).value)" />
        </div>
        <button type="submit" class="button" [disabled]="saving()">
          {{ 'comments.add' | t }}
        </button>
      </div>
      @if (tried() && !valid()) {
        <p class="field-error" role="alert">{{ 'comments.invalid' | t }}</p>
      }
    </form>
  `,
  styles: `
    .comment-form {
      display: grid;
      gap: 0.5rem;
      margin-block-start: 0.5rem;
    }
    .period {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: flex-end;
    }
    textarea,
    input {
      font: inherit;
      padding: 0.35rem 0.5rem;
      border: 1px solid #5b6472;
      border-radius: 4px;
    }
    textarea {
      inline-size: 100%;
    }
    .field-error {
      color: var(--color-alert);
      margin: 0;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
})
export class CommentForm {
  /** Name of the figure the note is about. */
  readonly figure = input.required<string>();
  readonly defaultFrom = input.required<string>();
  readonly defaultTo = input.required<string>();
  readonly saving = input(false);

  readonly submitted = output<CommentDraft>();

  protected readonly id = `comment-form-${nextId++}`;
  protected readonly body = signal('');
  protected readonly from = linkedSignal(() => this.defaultFrom());
  protected readonly to = linkedSignal(() => this.defaultTo());
  protected readonly tried = signal(false);
  protected readonly valid = computed(
    () =>
      this.body().trim().length > 0 &&
      /^\d{4}-\d{2}-\d{2}$/.test(this.from()) &&
      /^\d{4}-\d{2}-\d{2}$/.test(this.to()) &&
      this.to() >= this.from(),
  );

  protected submit(event: Event): void {
    event.preventDefault();
    this.tried.set(true);
    if (!this.valid()) return;
    this.submitted.emit({
      period_start: this.from(),
      period_end: this.to(),
      body: this.body().trim(),
    });
    this.body.set('');
    this.tried.set(false);
  }
}
