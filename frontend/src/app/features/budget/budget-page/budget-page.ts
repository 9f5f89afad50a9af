import { Component, effect, inject, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { PeersSection } from '../peers/peers-section/peers-section';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ChartCard } from '../../../shared/ui/chart-card/chart-card';
import { KpiGrid } from '../../../shared/ui/kpi-card/kpi-grid';
import { BudgetControls } from '../budget-controls/budget-controls';
import { BudgetSelector } from '../budget-selector/budget-selector';
import { BudgetStage, Direction, Section } from '../data-access/budget-rows';
import { DrilldownPanel } from '../drilldown-panel/drilldown-panel';
import { ExportLink } from '../export-link/export-link';
import { budgetPageActions } from '../state/budget-page.actions';
import { selectBudgetViewModel } from '../state/budget.selectors';
import { PageState } from '../../../shared/ui/states/page-state';

/**
 * The budget of the commune and year of the header: financial health cards, voted vs executed, the split by
 * function, the waterfall to net savings, six-year trends, and the drill-down to the line.
 */
@Component({
  selector: 'app-budget-page',
  imports: [
    PageState,
    TranslatePipe,
    KpiGrid,
    ChartCard,
    BudgetControls,
    BudgetSelector,
    DrilldownPanel,
    ExportLink,
    PeersSection,
  ],
  templateUrl: './budget-page.html',
  styles: '.trends { margin-block-start: 1rem; }',
})
export class BudgetPage {
  private readonly store = inject(Store);
  protected readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);

  protected readonly vm = this.store.selectSignal(selectBudgetViewModel);

  constructor() {
    effect(() => {
      const commune = this.commune();
      const year = this.year();
      if (commune) untracked(() => this.store.dispatch(budgetPageActions.opened({ commune, year })));
    });
  }

  protected retry(): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(budgetPageActions.opened({ commune, year: this.year() }));
  }

  protected changeBudget(budget: string): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(budgetPageActions.budgetSelected({ commune, year: this.year(), budget }));
  }

  protected changeStage(stage: BudgetStage): void {
    this.store.dispatch(budgetPageActions.stageChanged({ stage }));
  }

  protected changeSection(section: Section): void {
    this.store.dispatch(budgetPageActions.sectionChanged({ section }));
  }

  protected changeDirection(direction: Direction): void {
    this.store.dispatch(budgetPageActions.directionChanged({ direction }));
  }

  /** Opens the next level of the drill-down from where it stands. */
  protected drill(key: string): void {
    const commune = this.commune();
    if (!commune) return;
    const year = this.year();
    const { path, drill } = this.vm();
    if (drill.depth === 0) {
      this.store.dispatch(budgetPageActions.functionOpened({ commune, year, fn: key }));
    } else if (drill.depth === 1 && path.fn !== null) {
      this.store.dispatch(budgetPageActions.chapterOpened({ commune, year, fn: path.fn, chapter: key }));
    } else if (drill.depth === 2 && path.fn !== null && path.chapter !== null) {
      this.store.dispatch(
        budgetPageActions.articleOpened({
          commune,
          year,
          fn: path.fn,
          chapter: path.chapter,
          account: key,
        }),
      );
    }
  }

  protected drillBack(depth: number): void {
    this.store.dispatch(budgetPageActions.drillBack({ depth }));
  }
}
