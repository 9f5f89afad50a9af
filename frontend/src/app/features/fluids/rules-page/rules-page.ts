import { Component, computed, effect, inject, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { SignInOffer } from '../../../shared/ui/sign-in-offer/sign-in-offer';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { BUILDING_TYPES, BuildingType } from '../data-access/fluids-rows';
import { RuleDraft, RuleForm } from '../rule-form/rule-form';
import { typeLabel } from '../state/fluids-labels';
import { rulesPageActions } from '../state/fluids-page.actions';
import { selectFluidsRulesViewModel } from '../state/fluids.selectors';

/** The alert thresholds agents set, per building or building type; breaches show in the alerts. */
@Component({
  selector: 'app-rules-page',
  imports: [TranslatePipe, SignInOffer, RuleForm, LoadingState, ErrorState],
  template: `
    @let view = vm();
    <h1>{{ 'fluids.rules.title' | t }}</h1>
    <p class="page-intro">{{ 'fluids.rules.intro' | t }}</p>
    @if (reader() === 'public') {
      <app-sign-in-offer [what]="'fluids.reserved.rules' | t" />
    } @else if (view.status === 'error') {
      <app-error-state [message]="view.error ?? ''" [retryable]="true" (retry)="open()" />
    } @else if (view.status !== 'loaded') {
      <app-loading-state />
    } @else {
      <section aria-labelledby="rules-table" class="card">
        <h2 id="rules-table">{{ 'fluids.rules.table' | t }}</h2>
        @if (view.rules.length === 0) {
          <p>{{ 'fluids.rules.none' | t }}</p>
        } @else {
          <table class="rules">
            <caption class="visually-hidden">
              {{
                'fluids.rules.table' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'fluids.rules.column.scope' | t }}</th>
                <th scope="col">{{ 'fluids.column.fluid' | t }}</th>
                <th scope="col">{{ 'fluids.rules.column.rule' | t }}</th>
                <th scope="col">{{ 'fluids.rules.column.by' | t }}</th>
                <th scope="col">
                  <span class="visually-hidden">{{ 'fluids.alerts.actions' | t }}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              @for (rule of view.rules; track rule.id) {
                <tr>
                  <th scope="row">{{ rule.scope }}</th>
                  <td>{{ rule.fluid }}</td>
                  <td>{{ rule.rule }}</td>
                  <td>{{ rule.by }}</td>
                  <td>
                    <button
                      type="button"
                      class="button button--secondary"
                      [disabled]="view.saving"
                      (click)="remove(rule.id)"
                      [attr.aria-label]="'fluids.rules.deleteNamed' | t: { rule: rule.rule }"
                    >
                      {{ 'fluids.rules.delete' | t }}
                    </button>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      </section>
      <section aria-labelledby="rules-form" class="card">
        <h2 id="rules-form">{{ 'fluids.rules.form' | t }}</h2>
        @if (view.actionError) {
          <p class="state state--error" role="alert">{{ view.actionError }}</p>
        }
        <app-rule-form
          [buildings]="view.buildings"
          [fluids]="view.fluids"
          [typeLabels]="typeLabels()"
          [saving]="view.saving"
          (submitted)="add($event)"
        />
      </section>
    }
  `,
  styles: `
    .card {
      margin-block-end: 1.25rem;
    }
    .rules {
      border-collapse: collapse;
      inline-size: 100%;
    }
    .rules th,
    .rules td {
      text-align: start;
      padding: 0.45rem 0.6rem;
      border-block-end: 1px solid var(--color-border);
    }
  `,
})
export class RulesPage {
  private readonly store = inject(Store);
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  /** What the reader may read: the public is offered to sign in, and nothing is asked of the API. */
  protected readonly reader = this.store.selectSignal(authFeature.selectReader);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);
  private readonly lang = this.store.selectSignal(contextFeature.selectLang);

  protected readonly vm = this.store.selectSignal(selectFluidsRulesViewModel);
  protected readonly typeLabels = computed(
    () =>
      Object.fromEntries(BUILDING_TYPES.map((type) => [type, typeLabel(this.lang(), type)])) as Record<
        BuildingType,
        string
      >,
  );

  constructor() {
    effect(() => {
      this.commune();
      if (this.reader() === 'internal') untracked(() => this.open());
    });
  }

  protected open(): void {
    const commune = this.commune();
    if (commune && this.reader() === 'internal')
      this.store.dispatch(rulesPageActions.opened({ commune, year: this.year() }));
  }

  protected add(draft: RuleDraft): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(rulesPageActions.ruleSubmitted({ rule: { ...draft, commune } }));
  }

  protected remove(id: number): void {
    this.store.dispatch(rulesPageActions.ruleDeleted({ id }));
  }
}
