import { Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { FreshnessItem } from './freshness-item';

/**
 * How recent the figures are, source by source ("Budget : 31/12/2025"), on every page; a source that has not been
 * refreshed for long is marked in words and with an icon, never by colour alone. Inputs only.
 */
@Component({
  selector: 'app-freshness-badge',
  imports: [TranslatePipe],
  template: `
    @if (items().length && narrow()) {
      <details class="freshness freshness--narrow">
        <summary>
          <span class="freshness-title">{{ 'freshness.title' | t }}</span>
          @if (staleCount()) {
            <span class="stale"
              ><span class="icon" aria-hidden="true">!</span>
              {{ 'freshness.staleCount' | t: { count: staleCount() } }}</span
            >
          } @else {
            {{ 'freshness.latest' | t: { date: latest() } }}
          }
        </summary>
        <ul>
          @for (item of items(); track item.source) {
            <li [class.stale]="item.stale">{{ item.description }}</li>
          }
        </ul>
      </details>
    } @else if (items().length) {
      <section class="freshness" [attr.aria-label]="'freshness.title' | t">
        <span class="freshness-title" aria-hidden="true">{{ 'freshness.title' | t }} :</span>
        <ul>
          @for (item of items(); track item.source) {
            <li [class.stale]="item.stale" [attr.title]="item.description">
              <span class="visually-hidden">{{ item.description }}</span>
              <span aria-hidden="true">
                @if (item.stale) {
                  <span class="icon">!</span>
                }
                {{ item.label }} : {{ item.latestData ?? ('freshness.empty' | t) }}
              </span>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .freshness {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 0.75rem;
      font-size: 0.85rem;
      color: var(--color-muted);
      padding-block: 0.35rem;
    }
    .freshness-title {
      font-weight: 700;
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .freshness--narrow {
      display: block;
    }
    .freshness--narrow summary {
      cursor: pointer;
    }
    .freshness--narrow ul {
      flex-direction: column;
      padding-block-start: 0.25rem;
    }
    .stale {
      color: var(--color-warn);
      font-weight: 600;
    }
    .icon {
      display: inline-block;
      inline-size: 1.1em;
      block-size: 1.1em;
      line-height: 1.1em;
      text-align: center;
      border-radius: 50%;
      background: var(--color-warn);
      color: #fff;
      font-weight: 800;
      margin-inline-end: 0.2em;
    }
  `,
})
export class FreshnessBadge {
  readonly items = input.required<readonly FreshnessItem[]>();

  /** A phone: one line ("à jour au 31/10/2026" or the stale sources' count) that opens on the list. */
  protected readonly narrow = signal(false);
  protected readonly staleCount = computed(() => this.items().filter((item) => item.stale).length);
  /** The most recent date among the sources, as written in the items. */
  protected readonly latest = computed(
    () =>
      [...this.items()]
        .filter((item) => item.latestIso !== null)
        .sort((a, b) => (b.latestIso ?? '').localeCompare(a.latestIso ?? ''))[0]?.latestData ?? '',
  );

  constructor() {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(max-width: 40rem)');
    this.narrow.set(query.matches);
    const follow = (event: MediaQueryListEvent) => this.narrow.set(event.matches);
    query.addEventListener('change', follow);
    inject(DestroyRef).onDestroy(() => query.removeEventListener('change', follow));
  }
}
