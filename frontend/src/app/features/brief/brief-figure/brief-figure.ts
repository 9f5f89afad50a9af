import { Component, input, output, signal } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { CommentForm } from '../../../shared/ui/comments/comment-form';
import { CommentNotes } from '../../../shared/ui/comments/comment-notes';
import { CommentDraft } from '../../../shared/ui/comments/figure-comment';
import { KpiCard } from '../../../shared/ui/kpi-card/kpi-card';
import { FigureWithComments } from '../state/brief.selectors';

/**
 * One key figure of the brief: the KPI card, its threshold, its sentence, its source, and the comments attached
 * to it (with a form for staff). Inputs and outputs only.
 */
@Component({
  selector: 'app-brief-figure',
  imports: [KpiCard, CommentNotes, CommentForm, TranslatePipe],
  template: `
    @let item = figure();
    <div class="figure" [attr.data-figure]="item.id">
      <app-kpi-card
        [label]="item.label"
        [value]="item.value"
        [kind]="item.kind"
        [unit]="item.unit"
        [change]="item.change"
        [changeIn]="item.changeIn"
        [comparedWith]="item.comparedWith"
        [status]="item.status"
        [trend]="item.trend"
      />
      @if (item.targetText) {
        <p class="target">{{ item.targetText }}</p>
      }
      <p class="sentence">{{ item.sentence }}</p>
      <p class="source">{{ item.source }}</p>
      <app-comment-notes
        [comments]="item.comments"
        [figure]="item.label"
        [removable]="canComment()"
        [currentUser]="currentUser()"
        [isAdmin]="isAdmin()"
        (remove)="commentRemove.emit($event)"
      />
      @if (canComment()) {
        <button
          type="button"
          class="link-button no-print"
          [attr.aria-expanded]="formOpen()"
          (click)="formOpen.set(!formOpen())"
        >
          {{ 'brief.comment.add' | t }}<span class="visually-hidden"> : {{ item.label }}</span>
        </button>
        @if (formOpen()) {
          <app-comment-form
            [figure]="item.label"
            [defaultFrom]="period().from"
            [defaultTo]="period().to"
            [saving]="saving()"
            (submitted)="submit($event)"
          />
        }
      }
    </div>
  `,
  styles: `
    .figure {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
      break-inside: avoid;
    }
    .target {
      margin: 0;
      font-size: 0.9rem;
      font-weight: 600;
    }
    .sentence {
      margin: 0;
    }
    .source {
      margin: 0;
      font-size: 0.8rem;
      color: var(--color-muted);
    }
    .link-button {
      align-self: flex-start;
      font-size: 0.9rem;
    }
  `,
})
export class BriefFigure {
  readonly figure = input.required<FigureWithComments>();
  readonly canComment = input(false);
  readonly currentUser = input<string | null>(null);
  readonly isAdmin = input(false);
  readonly saving = input(false);
  readonly period = input.required<{ from: string; to: string }>();

  readonly commentSubmit = output<CommentDraft & { target: string }>();
  readonly commentRemove = output<number>();

  protected readonly formOpen = signal(false);

  protected submit(draft: CommentDraft): void {
    this.commentSubmit.emit({ ...draft, target: this.figure().target });
    this.formOpen.set(false);
  }
}
