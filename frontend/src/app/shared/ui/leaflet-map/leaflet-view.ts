import {
  afterNextRender,
  Component,
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
import { Translator } from '../../../core/i18n/translator';
import { ColorScale } from './color-scale';
import { AreaCollection, AreaId, AreaProperties, MapMarker } from './map-area';
import { labelPoint } from './label-point';
import { makeActivable } from './make-activable';

/** Above this many points, markers stay off the tab order: the page lists them in a table instead. */
const MAX_FOCUSABLE_MARKERS = 60;

/**
 * The Leaflet part of LeafletMap, in its own lazy chunk (LeafletMap defers it until the map comes into view):
 * a choropleth of areas, outlines, circle markers, names of the areas written on the map when there are no base
 * tiles, a scale bar, zoom buttons in the interface's language. Every shape is a keyboard stop with a name
 * ("Fives : 308 €") that Enter or Space activates like a click.
 */
@Component({
  selector: 'app-leaflet-view',
  template: `
    <div
      #map
      class="map"
      role="region"
      [attr.aria-label]="label()"
      [attr.aria-describedby]="describedBy()"
      [style.block-size]="height()"
    ></div>
  `,
  styles: `
    .map {
      inline-size: 100%;
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
      background: #f4f6f8;
    }
    :host ::ng-deep .area-label {
      background: none;
      border: none;
      box-shadow: none;
      padding: 0;
      font-size: 0.75rem;
      font-weight: 600;
      color: #1d2633;
      text-shadow:
        0 0 2px #fff,
        0 0 2px #fff,
        0 0 3px #fff;
      white-space: nowrap;
    }
    :host ::ng-deep .area-label::before {
      display: none;
    }
    :host ::ng-deep path.leaflet-interactive:focus-visible {
      outline: none;
      stroke: #111;
      stroke-width: 4px;
    }
  `,
})
export class LeafletView {
  private readonly translator = inject(Translator);
  private readonly container = viewChild.required<ElementRef<HTMLElement>>('map');
  private readonly ready = signal(false);
  private map: L.Map | null = null;
  private areaLayer: L.GeoJSON | null = null;
  private outlineLayer: L.GeoJSON | null = null;
  private labelLayer: L.LayerGroup | null = null;
  private labels: L.Tooltip[] = [];
  private markerLayer: L.LayerGroup | null = null;
  private tileLayer: L.TileLayer | null = null;
  private attribution: L.Control.Attribution | null = null;
  private zoom: L.Control.Zoom | null = null;
  private fittedTo: unknown = null;

  readonly areas = input<AreaCollection | null>(null);
  readonly values = input<ReadonlyMap<AreaId, number | null>>(new Map());
  readonly valueKind = input<ValueKind>('number');
  readonly scale = input.required<ColorScale>();
  /** Shapes drawn as lines only (a commune's contour, the quartiers under a map of points). */
  readonly outlines = input<AreaCollection | null>(null);
  readonly markers = input<readonly MapMarker[]>([]);
  readonly tileUrl = input<string | null>(null);
  readonly tileAttribution = input('');
  readonly selectedId = input<AreaId | null>(null);
  readonly height = input('420px');
  readonly label = input('');
  readonly describedBy = input<string | null>(null);

  readonly areaClick = output<AreaId>();
  readonly markerClick = output<AreaId>();

  constructor() {
    afterNextRender(() => {
      this.map = L.map(this.container().nativeElement, {
        attributionControl: false,
        zoomControl: false,
        scrollWheelZoom: false,
        zoomSnap: 0.25,
        keyboard: true,
      });
      // Metropolitan France until the data arrive and the map fits them.
      this.map.setView([46.6, 2.4], 5);
      L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(this.map);
      this.map.on('zoomend', () => this.hideOverlappingLabels());
      this.ready.set(true);
    });
    effect(() => {
      if (this.ready()) this.drawZoom(this.translator.t('map.zoomIn'), this.translator.t('map.zoomOut'));
    });
    effect(() => {
      if (this.ready()) this.drawTiles(this.tileUrl(), this.tileAttribution());
    });
    effect(() => {
      if (this.ready()) this.drawOutlines(this.outlines());
    });
    effect(() => {
      if (this.ready()) this.drawAreas(this.areas(), this.selectedId());
    });
    effect(() => {
      if (this.ready()) this.drawLabels(this.areas() ?? this.outlines(), !this.tileUrl());
    });
    effect(() => {
      if (this.ready()) this.drawMarkers(this.markers());
    });
    inject(DestroyRef).onDestroy(() => this.map?.remove());
  }

  private drawZoom(zoomInTitle: string, zoomOutTitle: string): void {
    this.zoom?.remove();
    this.zoom = L.control.zoom({ zoomInTitle, zoomOutTitle, position: 'topleft' }).addTo(this.map!);
    // Leaflet writes the title; the visible "+" and "−" are not a name screen readers can say
    for (const [selector, name] of [
      ['.leaflet-control-zoom-in', zoomInTitle],
      ['.leaflet-control-zoom-out', zoomOutTitle],
    ])
      this.zoom.getContainer()?.querySelector(selector)?.setAttribute('aria-label', name);
  }

  private drawTiles(url: string | null, attribution: string): void {
    const map = this.map!;
    this.tileLayer?.remove();
    this.attribution?.remove();
    this.tileLayer = null;
    this.attribution = null;
    if (!url) return;
    this.attribution = L.control.attribution({ prefix: false }).addAttribution(attribution).addTo(map);
    this.tileLayer = L.tileLayer(url).addTo(map);
  }

  private drawOutlines(outlines: AreaCollection | null): void {
    this.outlineLayer?.remove();
    this.outlineLayer = null;
    if (!outlines) return;
    this.outlineLayer = L.geoJSON<AreaProperties>(outlines, {
      interactive: false,
      style: (feature) => ({
        color: feature?.properties['kind'] === 'commune' ? '#1d2633' : '#5b6472',
        weight: feature?.properties['kind'] === 'commune' ? 2.5 : 1.25,
        fill: feature?.properties['kind'] !== 'commune',
        fillColor: '#ffffff',
        fillOpacity: 0.6,
      }),
    }).addTo(this.map!);
    this.outlineLayer.bringToBack();
    this.fit(outlines, this.outlineLayer.getBounds());
  }

  private drawAreas(areas: AreaCollection | null, selectedId: AreaId | null): void {
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
    }).addTo(this.map!);
    this.areaLayer.eachLayer((layer) => {
      const { id, name } = (layer as L.Polygon & { feature: { properties: AreaProperties } }).feature.properties;
      const text = `${name} : ${formatValue(values.get(id) ?? null, kind, locale)}`;
      layer.bindTooltip(plainText(text), { sticky: true });
      layer.on('click', () => this.areaClick.emit(id));
      makeActivable(
        layer as L.Path,
        text,
        () => this.areaClick.emit(id),
        selectedId === null ? undefined : id === selectedId,
      );
    });
    this.fit(areas, this.areaLayer.getBounds());
  }

  /** Without base tiles, the areas' names written on the map tell the reader where things are. */
  private drawLabels(areas: AreaCollection | null, wanted: boolean): void {
    this.labelLayer?.remove();
    this.labelLayer = null;
    if (!areas || !wanted) return;
    const labels = areas.features
      .filter((feature) => feature.properties['kind'] !== 'commune')
      .map((feature) =>
        L.tooltip({ permanent: true, direction: 'center', className: 'area-label', interactive: false })
          .setLatLng(L.GeoJSON.coordsToLatLng(labelPoint(feature.geometry) as [number, number]))
          .setContent(plainText(feature.properties.name)),
      );
    this.labelLayer = L.layerGroup(labels).addTo(this.map!);
    // the names are decoration for sighted readers: the lists under the map say the same
    for (const label of labels) label.getElement()?.setAttribute('aria-hidden', 'true');
    this.labels = labels;
    this.hideOverlappingLabels();
  }

  /** A name that would cover another one already written is hidden (until a zoom makes room for it). */
  private hideOverlappingLabels(): void {
    const shown: DOMRect[] = [];
    for (const label of this.labels) {
      const element = label.getElement();
      if (!element) continue;
      element.style.visibility = '';
      const box = element.getBoundingClientRect();
      const covers = shown.some(
        (other) => box.left < other.right && box.right > other.left && box.top < other.bottom && box.bottom > other.top,
      );
      if (covers) element.style.visibility = 'hidden';
      else shown.push(box);
    }
  }

  private drawMarkers(markers: readonly MapMarker[]): void {
    this.markerLayer?.remove();
    const focusable = markers.length <= MAX_FOCUSABLE_MARKERS;
    const circles = markers.map((marker) =>
      L.circleMarker([marker.lat, marker.lng], {
        radius: marker.radius ?? 7,
        color: '#ffffff',
        weight: marker.radius !== undefined && marker.radius < 5 ? 1 : 2,
        fillColor: marker.color ?? '#c25400',
        fillOpacity: 1,
      })
        .bindTooltip(plainText(marker.label))
        .on('click', () => this.markerClick.emit(marker.id)),
    );
    this.markerLayer = L.layerGroup(circles).addTo(this.map!);
    circles.forEach((circle, index) => {
      const marker = markers[index];
      if (focusable) makeActivable(circle, marker.label, () => this.markerClick.emit(marker.id));
      else circle.getElement()?.setAttribute('tabindex', '-1');
    });
    // A map of points only (no areas to fit) frames its markers, once.
    if (!this.areas() && !this.outlines() && markers.length) {
      const bounds = L.latLngBounds(markers.map((marker) => [marker.lat, marker.lng] as [number, number]));
      this.fit('markers', bounds, 15);
    }
  }

  private fit(what: unknown, bounds: L.LatLngBounds, maxZoom?: number): void {
    if (this.fittedTo === what || !bounds.isValid()) return;
    this.map!.fitBounds(bounds, { padding: [12, 12], maxZoom });
    this.fittedTo = what;
  }
}

/**
 * A tooltip's content as text, never as HTML: Leaflet puts a string into the page with innerHTML, and area and
 * marker labels come from imported files (a quartier or premises named `<img src=x onerror=…>` shows as typed).
 */
function plainText(text: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = text;
  return element;
}
