import { Component, effect, inject, input, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslationKey } from '../../../../core/i18n/dictionaries';
import { TranslatePipe } from '../../../../core/i18n/translate-pipe';
import { ChartCard } from '../../../../shared/ui/chart-card/chart-card';
import { DataTable } from '../../../../shared/ui/data-table/data-table';
import { PEER_GROUPS, PeerGroup } from '../data-access/peer-row';
import { peersSectionActions } from '../state/peers-section.actions';
import { selectPeersViewModel } from '../state/peers.selectors';

/**
 * "How do we compare with communes of our size?": the commune's ratios beside its DGFiP strate (or its département,
 * EPCI, partner communes), in sentences, a table and a chart. Self-contained (its own slice of the store, provided
 * with providePeers()), so the budget page, the partner page and the council brief include it as is.
 */
@Component({
  selector: 'app-peers-section',
  imports: [TranslatePipe, DataTable, ChartCard],
  template: `
    @let vm = model();
    <section class="card peers" [attr.aria-labelledby]="'peers-title-' + headingId()">
      <h2 [id]="'peers-title-' + headingId()" class="card-title">{{ 'peers.title' | t }}</h2>
      <div class="field">
        <label [for]="'peers-group-' + headingId()">{{ 'peers.groupLabel' | t }}</label>
        <select
          [id]="'peers-group-' + headingId()"
          [value]="vm.group"
          (change)="changeGroup($any($event.target).value)"
        >
          @for (group of groups; track group) {
            <option [value]="group">{{ optionKey(group) | t }}</option>
          }
        </select>
      </div>
      @switch (vm.status) {
        @case ('loading') {
          <p role="status">{{ 'peers.loading' | t }}</p>
        }
        @case ('error') {
          <p role="alert">{{ 'peers.error' | t }}</p>
        }
        @default {
          @if (vm.view.rows.length === 0) {
            <p>{{ 'peers.none' | t }}</p>
          } @else {
            <p class="page-intro">{{ 'peers.intro' | t: { year: vm.view.year ?? '', group: vm.view.groupPhrase } }}</p>
            <ul class="peers-sentences">
              @for (sentence of vm.view.sentences; track $index) {
                <li>{{ sentence }}</li>
              }
            </ul>
            @if (vm.view.chart; as chart) {
              <app-chart-card
                [heading]="chart.heading"
                [summary]="chart.summary"
                [options]="chart.options"
                [columns]="chart.columns"
                [rows]="chart.rows"
                [level]="3"
                height="180px"
              />
            }
            <app-data-table [caption]="vm.view.caption" [columns]="vm.view.columns" [rows]="vm.view.rows" />
            <p class="source">{{ 'peers.source' | t }}</p>
            @if (vm.versus.rows.length > 0) {
              <h3>{{ 'peers.vs.title' | t: { year: vm.versus.year ?? '' } }}</h3>
              <p>{{ 'peers.vs.intro' | t }}</p>
              <app-data-table [caption]="vm.versus.caption" [columns]="vm.versus.columns" [rows]="vm.versus.rows" />
            }
          }
        }
      }
    </section>
  `,
})
export class PeersSection {
  private readonly store = inject(Store);
  readonly commune = input.required<string>();
  /** Distinguishes the ids when a page shows the section twice. */
  readonly headingId = input('main');
  protected readonly groups = PEER_GROUPS;
  protected readonly model = this.store.selectSignal(selectPeersViewModel);

  constructor() {
    effect(() => {
      const commune = this.commune();
      untracked(() => this.store.dispatch(peersSectionActions.opened({ commune })));
    });
  }

  protected optionKey(group: PeerGroup): TranslationKey {
    return `peers.groupOption.${group}`;
  }

  protected changeGroup(group: PeerGroup): void {
    this.store.dispatch(peersSectionActions.groupChanged({ commune: this.commune(), group }));
  }
}
