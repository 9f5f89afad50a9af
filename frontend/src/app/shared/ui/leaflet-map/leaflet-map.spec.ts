import { ComponentFixture, DeferBlockState, TestBed } from '@angular/core/testing';
import { Translator } from '../../../core/i18n/translator';
import { LeafletMap } from './leaflet-map';
import { AreaCollection, AreaId } from './map-area';

function square(id: number, name: string, lng: number): AreaCollection['features'][number] {
  return {
    type: 'Feature',
    properties: { id, name },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lng, 50.6],
          [lng + 0.02, 50.6],
          [lng + 0.02, 50.62],
          [lng, 50.62],
          [lng, 50.6],
        ],
      ],
    },
  };
}

const quartiers: AreaCollection = {
  type: 'FeatureCollection',
  features: [square(1, 'Wazemmes', 3.04), square(2, 'Fives', 3.08), square(3, 'Lomme', 3.0)],
};

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('LeafletMap', () => {
  let fixture: ComponentFixture<LeafletMap>;
  let host: HTMLElement;
  let clicked: AreaId[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(LeafletMap);
    fixture.componentRef.setInput('areas', quartiers);
    fixture.componentRef.setInput(
      'values',
      new Map<AreaId, number | null>([
        [1, 1234],
        [2, 321],
        [3, null],
      ]),
    );
    fixture.componentRef.setInput('valueKind', 'euros');
    fixture.componentRef.setInput('title', 'Investissement par habitant en 2025');
    clicked = [];
    fixture.componentInstance.areaClick.subscribe((id) => clicked.push(id));
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
    // Leaflet loads when the map comes into view: here, at once
    const [map] = await fixture.getDeferBlocks();
    await map.render(DeferBlockState.Complete);
    await fixture.whenStable();
  });

  afterEach(() => host.remove());

  it('draws one shape per area, with no tile layer by default', () => {
    expect(host.querySelectorAll('path.leaflet-interactive').length).toBe(3);
    expect(host.querySelector('.leaflet-tile-pane img')).toBeNull();
  });

  it('makes every shape a named keyboard stop that Enter activates like a click', () => {
    const shapes = Array.from(host.querySelectorAll('path.leaflet-interactive'));
    expect(shapes.map((shape) => shape.getAttribute('aria-label')?.replace(/[\u00a0\u202f]/g, ' '))).toEqual([
      'Wazemmes : 1 234 €',
      'Fives : 321 €',
      'Lomme : n.d.',
    ]);
    expect(shapes.every((shape) => shape.getAttribute('role') === 'button')).toBeTrue();
    expect(shapes.every((shape) => shape.getAttribute('tabindex') === '0')).toBeTrue();

    shapes[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    shapes[0].dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    shapes[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(clicked).toEqual([2, 1]);
  });

  it('speaks French on its zoom buttons, and English when the interface does', async () => {
    const zoomIn = () => host.querySelector('.leaflet-control-zoom-in')!;
    expect(zoomIn().getAttribute('title')).toBe('Zoom avant');
    expect(zoomIn().getAttribute('aria-label')).toBe('Zoom avant');
    expect(host.querySelector('.leaflet-control-zoom-out')!.getAttribute('title')).toBe('Zoom arrière');

    TestBed.inject(Translator).use('en');
    await fixture.whenStable();
    expect(zoomIn().getAttribute('title')).toBe('Zoom in');
    TestBed.inject(Translator).use('fr');
  });

  it('draws a scale bar, and writes the names of the areas on the map when there are no base tiles', () => {
    expect(host.querySelector('.leaflet-control-scale-line')).not.toBeNull();
    const names = Array.from(host.querySelectorAll('.leaflet-tooltip.area-label')).map(text);
    expect(names.sort()).toEqual(['Fives', 'Lomme', 'Wazemmes']);
  });

  it('draws outlines under a map of points, and explains the points in the legend', async () => {
    fixture.componentRef.setInput('areas', null);
    fixture.componentRef.setInput('outlines', {
      ...quartiers,
      features: quartiers.features.map((f) => ({ ...f, properties: { ...f.properties, kind: 'quartier' } })),
    });
    fixture.componentRef.setInput('markers', [
      { id: 's1', lat: 50.61, lng: 3.05, label: 'Compteur rue Neuve', color: '#0b5fa5' },
    ]);
    fixture.componentRef.setInput('markerLegend', [{ color: '#0b5fa5', label: 'Piétons' }]);
    await fixture.whenStable();
    expect(host.querySelectorAll('.leaflet-overlay-pane path').length).toBe(4);
    expect(host.querySelectorAll('path.leaflet-interactive').length).withContext('outlines are not buttons').toBe(1);
    expect(host.querySelector('path.leaflet-interactive')!.getAttribute('aria-label')).toBe('Compteur rue Neuve');
    expect(Array.from(host.querySelectorAll('.legend li')).map(text)).toEqual(['Piétons']);
  });

  it('names the map region and lets the keyboard reach it', () => {
    const map = host.querySelector('.map')!;
    expect(map.getAttribute('aria-label')).toBe('Carte : Investissement par habitant en 2025');
    expect((map as HTMLElement).tabIndex).toBe(0);
  });

  it('lists every area as a button, in alphabetical order, with its figure in French', () => {
    const buttons = Array.from(host.querySelectorAll('.area-list button')).map(text);
    expect(buttons).toEqual(['Fives : 321 €', 'Lomme : n.d.', 'Wazemmes : 1 234 €']);
  });

  it('folds its lists under one line a reader opens, for a projected slide, keeping every button', async () => {
    fixture.componentRef.setInput('listsFolded', true);
    await fixture.whenStable();
    const folded = host.querySelector('details.area-list') as HTMLDetailsElement;
    expect(folded.open).toBeFalse();
    expect(text(folded.querySelector('summary')!)).toBe('Zones et points de la carte, en liste');
    expect(Array.from(folded.querySelectorAll('button')).map(text)).toEqual([
      'Fives : 321 €',
      'Lomme : n.d.',
      'Wazemmes : 1 234 €',
    ]);
  });

  it('emits the same output when an area is chosen in the list or clicked on the map', () => {
    (host.querySelector('.area-list button') as HTMLButtonElement).click();
    host.querySelector('path.leaflet-interactive')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(clicked).toEqual([2, 1]);
  });

  it('explains the colours in a legend with French bounds and a "no data" entry', () => {
    const entries = Array.from(host.querySelectorAll('.legend li')).map(text);
    expect(entries).toEqual(['321 €', '1 234 €', 'Pas de donnée']);
  });

  it('writes a class holding several values as a range', async () => {
    const sixValues = [1, 2, 3, 4, 5, 6].map((id): [AreaId, number] => [id, id * 1000]);
    fixture.componentRef.setInput('values', new Map<AreaId, number | null>(sixValues));
    await fixture.whenStable();
    const entries = Array.from(host.querySelectorAll('.legend li')).map(text);
    expect(entries[0]).toBe('de 1 000 € à 2 000 €');
    expect(entries.length).toBe(5);
  });

  it('marks the selected area as pressed in the list', async () => {
    fixture.componentRef.setInput('selectedId', 1);
    await fixture.whenStable();
    const pressed = host.querySelector('.area-list button[aria-pressed="true"]');
    expect(text(pressed)).toContain('Wazemmes');
  });

  it('shows imported area and marker names in tooltips as typed, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned = true">';
    fixture.componentRef.setInput('areas', {
      type: 'FeatureCollection',
      features: [square(1, hostile, 3.04)],
    } as AreaCollection);
    fixture.componentRef.setInput('markers', [{ id: 'p1', lat: 50.61, lng: 3.1, label: `Local ${hostile}` }]);
    await fixture.whenStable();

    for (const path of Array.from(host.querySelectorAll('path.leaflet-interactive'))) {
      const box = path.getBoundingClientRect();
      const at = {
        bubbles: true,
        clientX: box.left + box.width / 2,
        clientY: box.top + box.height / 2,
      };
      path.dispatchEvent(new MouseEvent('mouseover', at));
      path.dispatchEvent(new MouseEvent('mousemove', at));
    }
    const tooltips = Array.from(host.querySelectorAll('.leaflet-tooltip')).map(text);
    expect(tooltips).toEqual(jasmine.arrayContaining([`${hostile} : 1 234 €`, `Local ${hostile}`]));
    expect(host.querySelector('.leaflet-tooltip-pane img')).toBeNull();
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('draws points as circles, never as PNG marker icons', async () => {
    fixture.componentRef.setInput('markers', [{ id: 'b1', lat: 50.61, lng: 3.05, label: 'Piscine' }]);
    await fixture.whenStable();
    expect(host.querySelectorAll('path.leaflet-interactive').length).toBe(4);
    expect(host.querySelector('img.leaflet-marker-icon')).toBeNull();
  });
});
