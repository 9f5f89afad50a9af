import { DOCUMENT } from '@angular/common';
import { Component, computed, effect, inject, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { PeersSection } from '../../budget/peers/peers-section/peers-section';
import { authFeature } from '../../../core/auth/auth.feature';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { Translator } from '../../../core/i18n/translator';
import { ChartCard } from '../../../shared/ui/chart-card/chart-card';
import { CommentDraft, yearPeriod } from '../../../shared/ui/comments/figure-comment';
import { DataTable } from '../../../shared/ui/data-table/data-table';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { BriefCover } from '../brief-cover/brief-cover';
import { BriefFigure } from '../brief-figure/brief-figure';
import { DecisionList } from '../decision-list/decision-list';
import { PrintFooter } from '../print-footer/print-footer';
import { briefPageActions } from '../state/brief-page.actions';
import { selectBriefViewModel } from '../state/brief.selectors';

/**
 * The council brief: how the commune is doing in one screen (key figures of the four families against last year
 * and their thresholds, what needs a decision, partner communes side by side), and the same as a clean A4
 * document through "Imprimer / PDF".
 */
@Component({
  selector: 'app-brief-page',
  imports: [
    TranslatePipe,
    BriefCover,
    BriefFigure,
    DecisionList,
    ChartCard,
    DataTable,
    PrintFooter,
    LoadingState,
    ErrorState,
    PeersSection,
  ],
  templateUrl: './brief-page.html',
  styleUrl: './brief-page.scss',
})
export class BriefPage {
  private readonly store = inject(Store);
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly translator = inject(Translator);
  protected readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly communes = this.store.selectSignal(contextFeature.selectCommunes);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);
  private readonly staff = this.store.selectSignal(authFeature.selectIsStaff);
  private readonly user = this.store.selectSignal(authFeature.selectUser);
  private readonly settled = this.store.selectSignal(authFeature.selectSessionSettled);

  protected readonly vm = this.store.selectSignal(selectBriefViewModel);
  protected readonly period = computed(() => yearPeriod(this.year()));
  protected readonly footerText = computed(() => {
    const view = this.vm();
    return this.translator.t('brief.footer', {
      commune: view.communeName,
      year: view.year,
      data: view.freshnessLine,
      printed: view.printedOn,
    });
  });

  constructor() {
    // Once the session is known (internal parts for staff only), and again for another commune or year.
    effect(() => {
      const commune = this.commune();
      const year = this.year();
      this.staff();
      this.communes();
      if (commune && this.settled()) untracked(() => this.open(commune, year));
    });
  }

  private open(commune: string, year: number): void {
    const communes = this.communes().map((item) => item.insee_code);
    // A user limited to one commune is refused the other communes' per-commune figures.
    const limit = this.user()?.commune_insee ?? null;
    const detailed = limit ? communes.filter((code) => code === limit) : communes;
    this.store.dispatch(
      briefPageActions.opened({ commune, year, staff: this.staff(), communes, detailed }),
    );
  }

  protected retry(): void {
    const commune = this.commune();
    if (commune) this.open(commune, this.year());
  }

  /** The browser's print dialog, which also saves as PDF; the print stylesheet lays out the A4 pages. */
  protected print(): void {
    this.window?.print();
  }

  protected addComment(draft: CommentDraft & { target: string }): void {
    const commune = this.commune();
    if (commune)
      this.store.dispatch(briefPageActions.commentSubmitted({ comment: { ...draft, commune } }));
  }

  protected removeComment(id: number): void {
    this.store.dispatch(briefPageActions.commentRemoved({ id }));
  }
}
