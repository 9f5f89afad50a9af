import {
  afterNextRender,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import * as L from 'leaflet';
import { formatValue, ValueKind } from '../../../core/i18n/format-value';
import { FormatValuePipe } from '../../../core/i18n/format-value-pipe';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { Translator } from '../../../core/i18n/translator';
import { buildColorScale, NO_DATA_COLOR } from './color-scale';
import { AreaCollection, AreaId, AreaProperties, MapMarker } from './map-area';

let nextId = 0;

/**
 * A tooltip's content as text, never as HTML: Leaflet puts a string into the page with innerHTML, and area and
 * marker labels come from imported files (a quartier or premises named `<img src=x onerror=…>` shows as typed).
 */
function plainText(text: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = text;
  return element;
}

/**
 * Plain Leaflet, wrapped once: a choropleth of areas (value per area id, quantile classes, legend in the
 * interface's number format), optional circle markers, optional tiles (none by default: the shapes make the map).
 * Leaflet shapes are invisible to screen readers, so every area is also a button in the list under the map.
 */
@Component({
  selector: 'app-leaflet-map',
  imports: [FormatValuePipe, TranslatePipe],
  templateUrl: './leaflet-map.html',
  styleUrl: './leaflet-map.scss',
})
export class LeafletMap {
  private readonly translator = inject(Translator);
  private readonly container = viewChild.required<ElementRef<HTMLElement>>('map');
  private readonly ready = signal(false);
  private map: L.Map | null = null;
  private areaLayer: L.GeoJSON | null = null;
  private markerLayer: L.LayerGroup | null = null;
  private tileLayer: L.TileLayer | null = null;
  private attribution: L.Control.Attribution | null = null;
  private fittedTo: AreaCollection | null = null;
  private fittedToMarkers = false;

  readonly areas = input<AreaCollection | null>(null);
  /** Value of each area, by area id; missing or null reads "no data". */
  readonly values = input<ReadonlyMap<AreaId, number | null>>(new Map());
  readonly valueKind = input<ValueKind>('number');
  /** What the colours show, e.g. "Investissement par habitant en 2025": names the map, legend and list. */
  readonly title = input.required<string>();
  readonly markers = input<readonly MapMarker[]>([]);
  /**
   * Whether the markers are also listed as buttons under the map (the default). A page showing thousands of
   * markers turns it off and gives the same points as a table instead.
   */
  readonly listMarkers = input(true);
  readonly tileUrl = input<string | null>(null);
  readonly tileAttribution = input('');
  readonly selectedId = input<AreaId | null>(null);
  readonly height = input('420px');

  readonly areaClick = output<AreaId>();
  readonly markerClick = output<AreaId>();

  protected readonly id = `leaflet-map-${nextId++}`;
  protected readonly noDataColor = NO_DATA_COLOR;
  protected readonly scale = computed(() => buildColorScale([...this.values().values()]));
  protected readonly hasMissing = computed(() =>
    this.areaList().some((area) => area.value === null),
  );
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

  constructor() {
    afterNextRender(() => {
      this.map = L.map(this.container().nativeElement, {
        attributionControl: false,
        scrollWheelZoom: false,
        zoomSnap: 0.25,
        keyboard: true,
      });
      // Metropolitan France until the data arrive and the map fits them.
      this.map.setView([46.6, 2.4], 5);
      this.ready.set(true);
    });
    effect(() => {
      if (this.ready()) this.drawTiles(this.tileUrl(), this.tileAttribution());
    });
    effect(() => {
      if (this.ready()) this.drawAreas(this.areas(), this.selectedId());
    });
    effect(() => {
      if (this.ready()) this.drawMarkers(this.markers());
    });
    inject(DestroyRef).onDestroy(() => this.map?.remove());
  }

  protected colorOf(value: number | null): string {
    return this.scale().colorFor(value);
  }

  private drawTiles(url: string | null, attribution: string): void {
    const map = this.map!;
    this.tileLayer?.remove();
    this.attribution?.remove();
    this.tileLayer = null;
    this.attribution = null;
    if (!url) return;
    this.attribution = L.control
      .attribution({ prefix: false })
      .addAttribution(attribution)
      .addTo(map);
    this.tileLayer = L.tileLayer(url).addTo(map);
  }

  private drawAreas(areas: AreaCollection | null, selectedId: AreaId | null): void {
    const map = this.map!;
    const scale = this.scale();
    const values = this.values();
    const kind = this.valueKind();
    const locale = this.translator.locale();
    this.areaLayer?.remove();
    this.areaLayer = null;
    if (!areas) return;
    this.areaLayer = L.geoJSON<AreaProperties>(areas, {
      style: (feature) => {
        const id = feature?.properties.id ?? '';
        const value = values.get(id) ?? null;
        const selected = id === selectedId;
        return {
          fillColor: scale.colorFor(value),
          fillOpacity: value === null ? 0.45 : 0.85,
          color: selected ? '#111111' : '#ffffff',
          weight: selected ? 4 : 1.5,
          dashArray: value === null ? '4 4' : undefined,
        };
      },
      onEachFeature: (feature, layer) => {
        const { id, name } = feature.properties;
        layer.bindTooltip(
          plainText(`${name} : ${formatValue(values.get(id) ?? null, kind, locale)}`),
          {
            sticky: true,
          },
        );
        layer.on('click', () => this.areaClick.emit(id));
      },
    }).addTo(map);
    if (this.fittedTo !== areas) {
      const bounds = this.areaLayer.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [12, 12] });
      this.fittedTo = areas;
    }
  }

  private drawMarkers(markers: readonly MapMarker[]): void {
    this.markerLayer?.remove();
    this.markerLayer = L.layerGroup(
      markers.map((marker) =>
        L.circleMarker([marker.lat, marker.lng], {
          radius: marker.radius ?? 7,
          color: '#ffffff',
          weight: marker.radius !== undefined && marker.radius < 5 ? 1 : 2,
          fillColor: marker.color ?? '#c25400',
          fillOpacity: 1,
        })
          .bindTooltip(plainText(marker.label))
          .on('click', () => this.markerClick.emit(marker.id)),
      ),
    ).addTo(this.map!);
    // A map of points only (no areas to fit) frames its markers, once.
    if (!this.areas() && markers.length && !this.fittedToMarkers) {
      const bounds = L.latLngBounds(
        markers.map((marker) => [marker.lat, marker.lng] as [number, number]),
      );
      if (bounds.isValid()) this.map!.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
      this.fittedToMarkers = true;
    }
  }
}
