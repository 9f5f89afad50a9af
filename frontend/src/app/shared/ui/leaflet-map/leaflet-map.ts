import { NgTemplateOutlet } from '@angular/common';
import { Component, computed, inject, input, output } from '@angular/core';
import { ValueKind } from '../../../core/i18n/format-value';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { Translator } from '../../../core/i18n/translator';
import { buildColorScale, NO_DATA_COLOR } from './color-scale';
import { LeafletView } from './leaflet-view';
import { AreaCollection, AreaId, MapMarker, MarkerLegendEntry } from './map-area';

let nextId = 0;

/**
 * Plain Leaflet, wrapped once: a choropleth of areas (value per area id, quantile classes, legend in the
 * interface's number format), optional outlines and circle markers, optional tiles (none by default: the shapes
 * make the map, with the areas' names written on them). Leaflet itself loads when the map comes into view
 * (LeafletView, deferred). Every area and point is also a button in the list under the map (or, for thousands of
 * points, in the page's table).
 */
@Component({
  selector: 'app-leaflet-map',
  imports: [FormatValuePipe, TranslatePipe, LeafletView, NgTemplateOutlet],
  templateUrl: './leaflet-map.html',
  styleUrl: './leaflet-map.scss',
})
export class LeafletMap {
  private readonly translator = inject(Translator);

  readonly areas = input<AreaCollection | null>(null);
  /** Value of each area, by area id; missing or null reads "no data". */
  readonly values = input<ReadonlyMap<AreaId, number | null>>(new Map());
  readonly valueKind = input<ValueKind>('number');
  /** What the colours show, e.g. "Investissement par habitant en 2025": names the map, legend and list. */
  readonly title = input.required<string>();
  /** Shapes drawn as lines only, e.g. the commune's contour (property kind "commune") and its quartiers. */
  readonly outlines = input<AreaCollection | null>(null);
  readonly markers = input<readonly MapMarker[]>([]);
  /** What the colours and sizes of the points mean, shown in the legend. */
  readonly markerLegend = input<readonly MarkerLegendEntry[]>([]);
  /**
   * Whether the markers are also listed as buttons under the map (the default). A page showing thousands of
   * markers turns it off and gives the same points as a table instead.
   */
  readonly listMarkers = input(true);
  /**
   * Whether those lists are folded under one line the reader opens (a projected slide, where they would take the
   * room of the figures); open by default.
   */
  readonly listsFolded = input(false);
  readonly tileUrl = input<string | null>(null);
  readonly tileAttribution = input('');
  readonly selectedId = input<AreaId | null>(null);
  readonly height = input('420px');

  readonly areaClick = output<AreaId>();
  readonly markerClick = output<AreaId>();

  protected readonly id = `leaflet-map-${nextId++}`;
  protected readonly noDataColor = NO_DATA_COLOR;
  protected readonly scale = computed(() => buildColorScale([...this.values().values()]));
  protected readonly hasMissing = computed(() => this.areaList().some((area) => area.value === null));
  protected readonly areaList = computed(() => {
    const values = this.values();
    const collator = new Intl.Collator(this.translator.locale());
    return (this.areas()?.features ?? [])
      .map((feature) => ({
        id: feature.properties.id,
        name: feature.properties.name,
        value: values.get(feature.properties.id) ?? null,
      }))
      .sort((a, b) => collator.compare(a.name, b.name));
  });

  protected colorOf(value: number | null): string {
    return this.scale().colorFor(value);
  }
}
