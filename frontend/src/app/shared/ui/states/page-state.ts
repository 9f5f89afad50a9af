import { NgTemplateOutlet } from '@angular/common';
import { Component, computed, contentChild, input, output, TemplateRef } from '@angular/core';
import { LoadStatus } from '../../../core/context/context.feature';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

/**
 * What a page shows while its data comes: the error with a retry, the loading message, the empty state once loaded
 * with nothing, or its content (its `<ng-template>`, drawn only then), marked busy while newer data loads.
 */
@Component({
  selector: 'app-page-state',
  imports: [NgTemplateOutlet, ErrorState, LoadingState, EmptyState],
  template: `
    @switch (phase()) {
      @case ('error') {
        <app-error-state [message]="error() ?? ''" [retryable]="true" (retry)="retry.emit()" />
      }
      @case ('empty') {
        <app-empty-state [message]="emptyMessage()" />
      }
      @case ('loading') {
        <app-loading-state />
      }
      @default {
        <div [attr.aria-busy]="status() === 'loading'">
          <ng-container [ngTemplateOutlet]="content() ?? null" />
        </div>
      }
    }
  `,
})
export class PageState {
  readonly status = input.required<LoadStatus>();
  readonly hasData = input.required<boolean>();
  readonly error = input<string | null>(null);
  /** Said when everything loaded and there is nothing to show; the general sentence when empty. */
  readonly emptyMessage = input('');
  readonly retry = output<void>();

  protected readonly content = contentChild(TemplateRef);
  protected readonly phase = computed(() => {
    if (this.status() === 'error') return 'error';
    if (this.hasData()) return 'content';
    return this.status() === 'loaded' ? 'empty' : 'loading';
  });
}
