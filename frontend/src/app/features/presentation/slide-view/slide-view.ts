import { Component, input } from '@angular/core';
import { QuartierCollection } from '../../../shared/quartiers/quartier-summary';
import { LeafletMap } from '../../../shared/ui/leaflet-map/leaflet-map';
import { AreaId, MapMarker } from '../../../shared/ui/leaflet-map/map-area';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { Slide } from '../state/slide';
import { SlideQr } from './slide-qr';

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
  imports: [LeafletMap, SlideQr, TranslatePipe],
  template: `
    @let current = slide();
    <h2 class="slide-title" [id]="headingId()">{{ current.title }}</h2>
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
    <div class="slide-body" [class.with-visual]="hasVisual()">
      <div class="words">
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
      @if (hasVisual()) {
        <div class="visual">
          @if (current.bars; as bars) {
            <figure class="bars">
              <figcaption>{{ bars.heading }}</figcaption>
              @for (bar of bars.items; track bar.label) {
                <div class="bar-row" [class.highlight]="bar.highlight">
                  <span class="bar-label">{{ bar.label }}</span>
                  <span class="bar-track">
                    <span class="bar" [style.inline-size.%]="barWidth(bar.value, bars.items)"></span>
                  </span>
                  <span class="bar-value">{{ bar.text }}</span>
                </div>
              }
            </figure>
          }
          @if (current.pictograms; as pictograms) {
            <figure class="pictograms">
              <div class="squares" role="img" [attr.aria-label]="pictograms.description">
                @for (item of squares(pictograms.count); track $index) {
                  <span class="square"></span>
                }
              </div>
              <figcaption>{{ pictograms.caption }}</figcaption>
            </figure>
          }
          @if (current.timeline; as timeline) {
            <div class="photo" role="img" [attr.aria-label]="'presentation.timeline.photo' | t">
              <span aria-hidden="true">{{ 'presentation.timeline.photo' | t }}</span>
            </div>
            <figure class="timeline">
              <figcaption>{{ timeline.name }}</figcaption>
              <ol>
                @for (step of timeline.steps; track step.label) {
                  <li [class.late]="step.late">
                    <span class="step-date">{{ step.date }}</span>
                    <span class="step-label">{{ step.label }}</span>
                  </li>
                }
              </ol>
            </figure>
          }
          @if (current.qr && qrUrl(); as url) {
            <app-slide-qr [url]="url" [caption]="'presentation.qr' | t" />
          }
          @if (current.map && map(); as shown) {
            <div class="map">
              <app-leaflet-map
                [areas]="shown.areas"
                [values]="shown.values"
                valueKind="euros"
                [title]="shown.title"
                [markers]="shown.markers"
                [selectedId]="shown.selectedId"
                height="max(12rem, 17cqi)"
                [listsFolded]="true"
              />
            </div>
          }
        </div>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .slide-title {
      font-size: clamp(1.6rem, 4cqi, 4.4rem);
      line-height: 1.1;
      margin: 0 0 1rem;
    }
    .slide-body.with-visual {
      display: grid;
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      gap: 2rem;
      align-items: start;
    }
    /* a narrow slide (a phone) puts the visual under the words; sizes follow the slide, not the screen */
    @media screen {
      @container (max-width: 60rem) {
        .slide-body.with-visual {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    }
    /* the map's lists of zones and programmes (keyboard and screen readers) are folded under one line a reader opens;
       opened, the slide is scaled down to hold them whole (presentation-page, slide-fit) */
    .map ::ng-deep .area-list {
      font-size: 0.8rem;
    }
    .map ::ng-deep .area-list ul {
      grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    }
    .map ::ng-deep .area-list .area-button {
      padding-block: 0.1rem;
    }
    .map ::ng-deep .legend {
      font-size: 0.8rem;
    }
    .visual {
      display: flex;
      flex-direction: column;
      gap: 1.25rem;
      min-inline-size: 0;
    }
    figure {
      margin: 0;
    }
    figcaption {
      font-size: clamp(1rem, 1.5cqi, 1.6rem);
      font-weight: 700;
      margin-block-end: 0.5rem;
    }
    .bar-row {
      display: grid;
      grid-template-columns: minmax(0, 9rem) minmax(0, 1fr) auto;
      align-items: center;
      gap: 0.75rem;
      font-size: clamp(1rem, 1.5cqi, 1.6rem);
      margin-block: 0.5rem;
    }
    .bar-track {
      block-size: clamp(1.5rem, 2cqi, 2.5rem);
      background: var(--color-border);
      border-radius: 3px;
    }
    .bar {
      display: block;
      block-size: 100%;
      background: var(--color-muted);
      border-radius: 3px;
    }
    .highlight .bar {
      background: var(--color-primary);
    }
    .highlight {
      font-weight: 800;
    }
    .bar-value {
      font-weight: 700;
    }
    .squares {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
    }
    .square {
      inline-size: clamp(1.2rem, 2.4cqi, 2.2rem);
      block-size: clamp(1.2rem, 2.4cqi, 2.2rem);
      background: var(--color-primary);
      border-radius: 3px;
    }
    .photo {
      display: grid;
      place-items: center;
      aspect-ratio: 16 / 7;
      border: 3px dashed var(--color-border);
      color: var(--color-muted);
      font-size: clamp(0.95rem, 1.4cqi, 1.5rem);
      border-radius: 6px;
    }
    .timeline ol {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      list-style: none;
      margin: 0;
      padding: 0.75rem 0 0;
      border-block-start: 4px solid var(--color-primary);
      font-size: clamp(0.95rem, 1.4cqi, 1.5rem);
    }
    .timeline li {
      display: flex;
      flex-direction: column;
    }
    .timeline li.late {
      color: #b3261e;
      font-weight: 700;
    }
    .step-date {
      font-weight: 700;
    }
    .figures {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem 2.5rem;
      margin: 0 0 1.5rem;
    }
    .figure dt {
      font-size: clamp(0.9rem, 1.3cqi, 1.5rem);
      color: var(--color-muted);
    }
    .figure dd {
      margin: 0;
      font-size: clamp(1.6rem, 3.4cqi, 3.8rem);
      font-weight: 800;
      color: var(--color-primary);
      line-height: 1.1;
    }
    .sentence {
      font-size: clamp(1.1rem, 1.85cqi, 2.1rem);
      line-height: 1.35;
      margin: 0 0 0.9rem;
      max-inline-size: 50rem;
    }
    .list-heading {
      font-size: clamp(1rem, 1.5cqi, 1.6rem);
      font-weight: 700;
      margin: 1.25rem 0 0.4rem;
    }
    ul {
      font-size: clamp(1rem, 1.5cqi, 1.6rem);
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
  /** The public page the QR code of the last slide opens. */
  readonly qrUrl = input<string | null>(null);

  protected hasVisual(): boolean {
    const slide = this.slide();
    return !!(
      (slide.map && this.map()) ||
      slide.bars ||
      slide.pictograms ||
      slide.timeline ||
      (slide.qr && this.qrUrl())
    );
  }

  protected barWidth(value: number, items: readonly { value: number }[]): number {
    const most = Math.max(...items.map((item) => item.value), 0);
    return most > 0 ? Math.max(2, (value / most) * 100) : 0;
  }

  /** At most 60 squares: rows a room can take in at a glance. */
  protected squares(count: number): number[] {
    return Array.from({ length: Math.min(count, 60) }, (_, i) => i);
  }
  readonly map = input<SlideMap | null>(null);
  readonly headingId = input('slide-title');
}
