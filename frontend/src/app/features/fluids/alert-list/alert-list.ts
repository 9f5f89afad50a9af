import { Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { AlertView } from '../state/build-alert-list';

export interface AcknowledgeEvent {
  key: string;
  comment: string | null;
}

/**
 * Alerts as a table: building (a link to its page), kind, fluid, period, estimated cost and, when `actionable`,
 * a comment field and a button to acknowledge or reopen each one.
 */
@Component({
  selector: 'app-alert-list',
  imports: [RouterLink, TranslatePipe, FormatValuePipe],
  templateUrl: './alert-list.html',
  styleUrl: './alert-list.scss',
})
export class AlertList {
  readonly caption = input.required<string>();
  readonly alerts = input.required<readonly AlertView[]>();
  readonly actionable = input(false);
  /** False on a building's own page, where every row is that building: the kind heads the row instead. */
  readonly showBuilding = input(true);

  readonly acknowledge = output<AcknowledgeEvent>();
  readonly unacknowledge = output<string>();

  protected submit(key: string, comment: HTMLInputElement): void {
    this.acknowledge.emit({ key, comment: comment.value.trim() || null });
    comment.value = '';
  }
}
