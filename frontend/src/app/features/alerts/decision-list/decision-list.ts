import { Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LoadStatus } from '../../../core/context/context.feature';
import { TranslationKey } from '../../../core/i18n/dictionaries';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { Decision, Severity } from '../state/build-decisions';

const ICONS: Readonly<Record<Severity, string>> = { critical: '✕', warning: '!', info: 'i' };
const SEVERITY_LABELS: Readonly<Record<Severity, TranslationKey>> = {
  critical: 'brief.severity.critical',
  warning: 'brief.severity.warning',
  info: 'brief.severity.info',
};

/**
 * What needs a decision, most serious kinds first within each family; severity in words and icon (colour is only a
 * third cue); each item links to the page that details it. Says plainly what it could not check, and tells the
 * public that the internal alerts need signing in.
 */
@Component({
  selector: 'app-decision-list',
  imports: [RouterLink, TranslatePipe],
  template: `
    @if (decisions().length === 0) {
      <p class="state">{{ 'brief.decisions.none' | t }}</p>
    } @else {
      <ul class="decisions">
        @for (decision of decisions(); track decision.id) {
          <li class="decision" [attr.data-severity]="decision.severity">
            <span class="icon" aria-hidden="true">{{ icons[decision.severity] }}</span>
            <span class="severity">{{ severityLabels[decision.severity] | t }}</span>
            <span class="text">{{ decision.text }}</span>
            <a class="more no-print" [routerLink]="decision.link" queryParamsHandling="preserve">
              {{ 'brief.decisions.details' | t }}<span class="visually-hidden"> : {{ decision.text }}</span>
            </a>
          </li>
        }
      </ul>
    }
    @if (!staff()) {
      <p class="note">{{ 'brief.decisions.publicNoteAll' | t }}</p>
    } @else if (alertsStatus() === 'error' || familyAlertsStatus() === 'error') {
      <p class="note">
        @if (alertsStatus() === 'error') {
          {{ 'brief.decisions.alertsError' | t }}
        }
        @if (familyAlertsStatus() === 'error') {
          {{ 'brief.decisions.familyAlertsError' | t }}
        }
      </p>
    }
  `,
  styles: `
    .decisions {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .decision {
      display: grid;
      grid-template-columns: 1.6rem 7rem 1fr auto;
      gap: 0.5rem;
      align-items: baseline;
      padding: 0.5rem 0.75rem;
      background: var(--color-surface);
      border: 1px solid var(--color-border);
      border-inline-start: 6px solid var(--color-muted);
      border-radius: 4px;
      break-inside: avoid;
    }
    .decision[data-severity='critical'] {
      border-inline-start-color: var(--color-alert);
    }
    .decision[data-severity='warning'] {
      border-inline-start-color: var(--color-warn);
    }
    .icon {
      display: inline-block;
      inline-size: 1.4rem;
      block-size: 1.4rem;
      line-height: 1.4rem;
      text-align: center;
      border-radius: 50%;
      color: #fff;
      background: var(--color-muted);
      font-weight: 800;
    }
    [data-severity='critical'] .icon {
      background: var(--color-alert);
    }
    [data-severity='warning'] .icon {
      background: var(--color-warn);
    }
    .severity {
      font-weight: 700;
    }
    .note {
      font-size: 0.9rem;
      color: var(--color-muted);
    }
    @media (max-width: 40rem) {
      .decision {
        grid-template-columns: 1.6rem 1fr;
      }
    }
  `,
})
export class DecisionList {
  readonly decisions = input.required<readonly Decision[]>();
  readonly staff = input(false);
  readonly alertsStatus = input<LoadStatus>('idle');
  /** The programmes, vacancy and footfall alerts (staff only). */
  readonly familyAlertsStatus = input<LoadStatus>('idle');

  protected readonly icons = ICONS;
  protected readonly severityLabels = SEVERITY_LABELS;
}
