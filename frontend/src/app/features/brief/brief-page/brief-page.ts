import { DOCUMENT } from '@angular/common';
import { Component, computed, effect, inject, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { briefPdfUrl } from '../data-access/brief-api';
import { BriefSection } from '../brief-section/brief-section';
import { briefPageActions } from '../state/brief-page.actions';
import { briefFeature } from '../state/brief.feature';

/**
 * The council brief: the server's document (headline figures, every open alert critical first, budget execution,
 * programmes at risk, quartiers that stand out), rendered as is, so the screen, the printout and the PDF downloaded
 * from the server say the same thing.
 */
@Component({
  selector: 'app-brief-page',
  imports: [TranslatePipe, BriefSection, LoadingState, ErrorState],
  templateUrl: './brief-page.html',
  styleUrl: './brief-page.scss',
})
export class BriefPage {
  private readonly store = inject(Store);
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);
  private readonly staff = this.store.selectSignal(authFeature.selectIsStaff);
  private readonly settled = this.store.selectSignal(authFeature.selectSessionSettled);

  protected readonly document = this.store.selectSignal(briefFeature.selectDocument);
  protected readonly status = this.store.selectSignal(briefFeature.selectStatus);
  protected readonly error = this.store.selectSignal(briefFeature.selectError);
  protected readonly pdfUrl = computed(() => {
    const commune = this.commune();
    return commune ? briefPdfUrl(commune, this.year()) : null;
  });

  constructor() {
    // Once the session is known (the alerts are for staff), and again for another commune, year or account.
    effect(() => {
      const commune = this.commune();
      const year = this.year();
      const staff = this.staff();
      if (commune && this.settled())
        untracked(() => this.store.dispatch(briefPageActions.opened({ commune, year, staff })));
    });
  }

  protected retry(): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(briefPageActions.opened({ commune, year: this.year(), staff: this.staff() }));
  }

  /** The browser's print dialog: the print stylesheet lays out the same A4 document. */
  protected print(): void {
    this.window?.print();
  }
}
