import { DOCUMENT } from '@angular/common';
import { Component, computed, effect, ElementRef, inject, untracked, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ErrorState } from '../../../shared/ui/states/error-state';
import { LoadingState } from '../../../shared/ui/states/loading-state';
import { QuartierChoice } from '../quartier-choice/quartier-choice';
import { SlideView } from '../slide-view/slide-view';
import { presentationPageActions } from '../state/presentation-page.actions';
import { selectPresentationViewModel } from '../state/presentation.selectors';
import { moveTo, slideMove } from './slide-keys';
import { SlideFitDirective } from './slide-fit';

/**
 * Neighbourhood-meeting mode: one quartier, a few slides in large type (investment and its map, buildings and their
 * running costs, works, shops and footfall), sentences built from public figures. Arrows, Page Up/Down, Home/End
 * turn the slides, Escape leaves; `?quartier=&slide=` make a shareable link. Needs no account.
 */
@Component({
  selector: 'app-presentation-page',
  imports: [TranslatePipe, SlideView, SlideFitDirective, QuartierChoice, LoadingState, ErrorState],
  templateUrl: './presentation-page.html',
  styleUrl: './presentation-page.scss',
  host: { '(document:keydown)': 'onKey($event)' },
})
export class PresentationPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly deck = viewChild<ElementRef<HTMLElement>>('deck');
  private readonly slideBox = viewChild<ElementRef<HTMLElement>>('slideBox');
  private readonly commune = this.store.selectSignal(contextFeature.selectCommune);
  private readonly year = this.store.selectSignal(contextFeature.selectYear);

  protected readonly vm = this.store.selectSignal(selectPresentationViewModel);
  protected readonly slide = computed(() => this.vm().slides[this.vm().index] ?? null);

  constructor() {
    effect(() => {
      const commune = this.commune();
      const year = this.year();
      if (commune) untracked(() => this.store.dispatch(presentationPageActions.opened({ commune, year })));
    });
    inject(ActivatedRoute)
      .queryParamMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        const quartier = Number(params.get('quartier'));
        const slide = Number(params.get('slide') ?? '1');
        this.store.dispatch(
          presentationPageActions.slideShown({
            quartierId: params.has('quartier') && Number.isInteger(quartier) ? quartier : null,
            slide: Number.isInteger(slide) && slide >= 1 ? slide - 1 : 0,
          }),
        );
      });
    // A new slide takes the focus, so a screen reader reads it and the keys keep working.
    effect(() => {
      this.slide();
      untracked(() => this.slideBox()?.nativeElement.focus({ preventScroll: true }));
    });
  }

  protected retry(): void {
    const commune = this.commune();
    if (commune) this.store.dispatch(presentationPageActions.opened({ commune, year: this.year() }));
  }

  protected choose(quartier: number): void {
    void this.router.navigate([], {
      queryParams: { quartier, slide: 1 },
      queryParamsHandling: 'merge',
    });
  }

  protected go(index: number): void {
    void this.router.navigate([], {
      queryParams: { slide: index + 1 },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected onKey(event: KeyboardEvent): void {
    const move = slideMove(event);
    if (!move) return;
    const view = this.vm();
    if (move === 'leave') {
      event.preventDefault();
      this.leave();
      return;
    }
    if (move === 'fullscreen') {
      event.preventDefault();
      this.fullScreen();
      return;
    }
    if (view.slides.length === 0) return;
    event.preventDefault();
    const target = moveTo(move, view.index, view.slides.length);
    if (target !== view.index) this.go(target);
  }

  /** Escape: out of full screen first (the browser does it), then back to the quartiers page. */
  protected leave(): void {
    if (this.document.fullscreenElement) {
      void this.document.exitFullscreen();
      return;
    }
    void this.router.navigate(['/quartiers'], {
      queryParams: { quartier: null, slide: null },
      queryParamsHandling: 'merge',
    });
  }

  protected otherQuartier(): void {
    void this.router.navigate([], {
      queryParams: { quartier: null, slide: null },
      queryParamsHandling: 'merge',
    });
  }

  /** F or the button: the whole page in full screen (the deck already fills it), or back. */
  protected fullScreen(): void {
    if (this.document.fullscreenElement) void this.document.exitFullscreen();
    else void this.document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  /** The public page of the quartier, for the QR code: anyone in the room can open it without an account. */
  protected readonly publicUrl = computed(() => {
    const origin = this.document.location?.origin ?? '';
    const quartier = this.vm().quartierId;
    return `${origin}/quartiers?commune=${this.commune() ?? ''}&year=${this.year()}${quartier === null ? '' : `&quartier=${quartier}`}`;
  });
}
