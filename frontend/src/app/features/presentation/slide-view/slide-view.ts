import { Component, input } from '@angular/core';
import { QuartierCollection } from '../../../shared/quartiers/quartier-summary';
import { LeafletMap } from '../../../shared/ui/leaflet-map/leaflet-map';
import { AreaId, MapMarker } from '../../../shared/ui/leaflet-map/map-area';
import { Slide } from '../state/build-slides';

export interface SlideMap {
  areas: QuartierCollection;
  values: ReadonlyMap<AreaId, number | null>;
  title: string;
  markers: readonly MapMarker[];
  selectedId: number | null;
}

/**
 * One slide in large type for a projector: title, big figures, plain sentences, an optional list and map (the map
 * keeps its list alternative). Inputs only.
 */
@Component({
  selector: 'app-slide-view',
  imports: [LeafletMap],
  template: `
    @let current = slide();
    <h2 class="slide-title" [id]="headingId()">{{ current.title }}</h2>
    <div class="slide-body" [class.with-map]="current.map && map()">
      <div class="words">
        @if (current.figures.length) {
          <dl class="figures">
            @for (figure of current.figures; track figure.label) {
              <div class="figure">
                <dt>{{ figure.label }}</dt>
                <dd>{{ figure.value }}</dd>
              </div>
            }
          </dl>
        }
        @for (sentence of current.sentences; track $index) {
          <p class="sentence">{{ sentence }}</p>
        }
        @if (current.list; as list) {
          <p class="list-heading" [id]="headingId() + '-list'">{{ list.heading }}</p>
          <ul [attr.aria-labelledby]="headingId() + '-list'">
            @for (item of list.items; track $index) {
              <li>{{ item }}</li>
            }
          </ul>
        }
      </div>
      @if (current.map && map(); as shown) {
        <div class="map">
          <app-leaflet-map
            [areas]="shown.areas"
            [values]="shown.values"
            valueKind="euros"
            [title]="shown.title"
            [markers]="shown.markers"
            [selectedId]="shown.selectedId"
            height="min(52vh, 30rem)"
          />
        </div>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .slide-title {
      font-size: clamp(2rem, 4vw, 3.4rem);
      line-height: 1.1;
      margin: 0 0 1.5rem;
    }
    .slide-body.with-map {
      display: grid;
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      gap: 2rem;
    }
    @media (max-width: 60rem) {
      .slide-body.with-map {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .figures {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem 2.5rem;
      margin: 0 0 1.5rem;
    }
    .figure dt {
      font-size: clamp(1rem, 1.5vw, 1.4rem);
      color: var(--color-muted);
    }
    .figure dd {
      margin: 0;
      font-size: clamp(2rem, 3.6vw, 3.2rem);
      font-weight: 800;
      color: var(--color-primary);
      line-height: 1.1;
    }
    .sentence {
      font-size: clamp(1.3rem, 2.2vw, 2rem);
      line-height: 1.35;
      margin: 0 0 0.9rem;
      max-inline-size: 50rem;
    }
    .list-heading {
      font-size: clamp(1.1rem, 1.7vw, 1.5rem);
      font-weight: 700;
      margin: 1.25rem 0 0.4rem;
    }
    ul {
      font-size: clamp(1.1rem, 1.7vw, 1.5rem);
      margin: 0;
      padding-inline-start: 1.5rem;
    }
    li {
      margin-block-end: 0.3rem;
    }
  `,
})
export class SlideView {
  readonly slide = input.required<Slide>();
  readonly map = input<SlideMap | null>(null);
  readonly headingId = input('slide-title');
}
