import { Component, input, output } from '@angular/core';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { FigureComment } from './figure-comment';

/**
 * The comments attached to a figure, shown right beside it (and in the printed brief): the note, its period, who
 * wrote it. Inputs and outputs only: a page fetches the comments and passes those of each figure.
 */
@Component({
  selector: 'app-comment-notes',
  imports: [TranslatePipe, FormatValuePipe],
  template: `
    @if (comments().length) {
      <ul class="comment-notes" [attr.aria-label]="'comments.label' | t: { figure: figure() }">
        @for (comment of comments(); track comment.id) {
          <li class="comment">
            <span class="comment-icon" aria-hidden="true">✎</span>
            <div>
              <p class="comment-body">{{ comment.body }}</p>
              <p class="comment-meta">
                {{
                  'comments.period'
                    | t
                      : {
                          from: (comment.period_start.slice(0, 10) | fmt: 'date'),
                          to: (comment.period_end.slice(0, 10) | fmt: 'date'),
                        }
                }}
                · {{ comment.author }}
              </p>
              @if (removable() && (comment.author === currentUser() || isAdmin())) {
                <button
                  type="button"
                  class="link-button"
                  [attr.aria-label]="'comments.removeNamed' | t: { body: comment.body }"
                  (click)="remove.emit(comment.id)"
                >
                  {{ 'comments.remove' | t }}
                </button>
              }
            </div>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .comment-notes {
      list-style: none;
      margin: 0.5rem 0 0;
      padding: 0;
      display: grid;
      gap: 0.4rem;
    }
    .comment {
      display: flex;
      gap: 0.5rem;
      padding: 0.4rem 0.6rem;
      border-inline-start: 4px solid var(--color-primary);
      background: #eef3fa;
      break-inside: avoid;
    }
    .comment-icon {
      font-size: 1.1rem;
      color: var(--color-primary);
    }
    .comment-body {
      margin: 0;
      font-style: italic;
    }
    .comment-meta {
      margin: 0;
      font-size: 0.85rem;
      color: var(--color-muted);
    }
    .link-button {
      font-size: 0.85rem;
    }
    @media print {
      .link-button {
        display: none;
      }
    }
  `,
})
export class CommentNotes {
  readonly comments = input.required<readonly FigureComment[]>();
  /** Name of the figure, for the list's accessible name. */
  readonly figure = input.required<string>();
  /** Offer to delete the comments the current user wrote (or any, for an admin). */
  readonly removable = input(false);
  readonly currentUser = input<string | null>(null);
  readonly isAdmin = input(false);

  readonly remove = output<number>();
}
