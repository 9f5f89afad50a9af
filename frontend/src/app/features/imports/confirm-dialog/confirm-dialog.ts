import { Component, ElementRef, effect, input, output, viewChild } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';

/**
 * A modal question (native <dialog>: focus kept inside, Escape cancels, focus goes back where it was). Opens while
 * `open` is true; answers with confirm or cancelled.
 */
@Component({
  selector: 'app-confirm-dialog',
  imports: [TranslatePipe],
  template: `
    <dialog #dialog aria-labelledby="confirm-title" aria-describedby="confirm-text" (cancel)="onCancel($event)">
      <h2 id="confirm-title">{{ heading() }}</h2>
      <p id="confirm-text">{{ text() }}</p>
      <p class="actions">
        <button type="button" class="button button--secondary" (click)="cancelled.emit()">
          {{ 'imports.confirm.no' | t }}
        </button>
        <button type="button" class="button button--danger" (click)="confirm.emit()">
          {{ confirmLabel() }}
        </button>
      </p>
    </dialog>
  `,
  styles: `
    dialog {
      max-inline-size: 32rem;
      border: 2px solid var(--color-border);
      border-radius: var(--radius);
      padding: 1.25rem 1.5rem;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 45%);
    }
    h2 {
      margin-block-start: 0;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 0.75rem;
    }
    .button--danger {
      background: var(--color-alert);
      border-color: var(--color-alert);
    }
  `,
})
export class ConfirmDialog {
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  readonly open = input.required<boolean>();
  readonly heading = input.required<string>();
  readonly text = input.required<string>();
  readonly confirmLabel = input.required<string>();
  readonly confirm = output<void>();
  readonly cancelled = output<void>();

  constructor() {
    effect(() => {
      const dialog = this.dialog().nativeElement;
      if (this.open() && !dialog.open) dialog.showModal();
      if (!this.open() && dialog.open) dialog.close();
    });
  }

  protected onCancel(event: Event): void {
    event.preventDefault();
    this.cancelled.emit();
  }
}
