import { Component, computed, inject, input, output } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { Translator } from '../../../core/i18n/translator';
import { summarizeRanking } from '../../summaries/summarize-ranking';
import { LeafletMap } from '../../ui/leaflet-map/leaflet-map';
import { AreaId } from '../../ui/leaflet-map/map-area';
import { QuartierDetails } from '../quartier-details/quartier-details';
import {
  indicatorValues,
  isQuartierIndicatorKey,
  QUARTIER_INDICATORS,
  quartierIndicator,
  QuartierIndicatorKey,
} from '../quartier-indicator';
import { QuartierCollection, QuartierSummary } from '../quartier-summary';

let nextId = 0;

/**
 * The quartiers map coloured by a chosen indicator, a sentence naming the extremes, the list alternative
 * (inside the map) and the figures of the quartier picked.
 */
@Component({
  selector: 'app-quartier-map-panel',
  imports: [LeafletMap, QuartierDetails, TranslatePipe],
  templateUrl: './quartier-map-panel.html',
  styleUrl: './quartier-map-panel.scss',
})
export class QuartierMapPanel {
  private readonly translator = inject(Translator);

  readonly quartiers = input<QuartierCollection | null>(null);
  readonly summaries = input<readonly QuartierSummary[]>([]);
  readonly indicator = input<QuartierIndicatorKey>('investment_per_inhabitant_eur');
  readonly selectedId = input<number | null>(null);
  readonly year = input.required<number>();

  readonly indicatorChange = output<QuartierIndicatorKey>();
  readonly quartierSelect = output<number | null>();

  protected readonly id = `quartier-panel-${nextId++}`;
  protected readonly indicators = QUARTIER_INDICATORS;
  protected readonly current = computed(() => quartierIndicator(this.indicator()));
  protected readonly values = computed(() => indicatorValues(this.summaries(), this.indicator()));
  protected readonly mapTitle = computed(() => `${this.translator.t(this.current().label)} – ${this.year()}`);
  protected readonly sentence = computed(() =>
    summarizeRanking({
      lang: this.translator.lang(),
      indicator: this.translator.t(this.current().label),
      year: this.year(),
      kind: this.current().kind,
      items: this.summaries().map((summary) => ({
        name: summary.quartier,
        value: summary[this.indicator()],
      })),
    }),
  );
  protected readonly selected = computed(
    () => this.summaries().find((summary) => summary.quartier_id === this.selectedId()) ?? null,
  );
  protected readonly selectedIsSynthetic = computed(
    () =>
      this.quartiers()?.features.find((feature) => feature.properties.id === this.selectedId())?.properties.synthetic ??
      false,
  );

  protected onIndicator(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isQuartierIndicatorKey(value)) this.indicatorChange.emit(value);
  }

  protected onArea(id: AreaId): void {
    this.quartierSelect.emit(Number(id));
  }
}
