import { ComponentFixture, TestBed } from '@angular/core/testing';
import { QuartierIndicatorKey } from '../quartier-indicator';
import { QuartierCollection, QuartierSummary } from '../quartier-summary';
import { QuartierMapPanel } from './quartier-map-panel';

const polygon = (lng: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lng, 50.6],
      [lng + 0.02, 50.6],
      [lng + 0.02, 50.62],
      [lng, 50.6],
    ],
  ],
});

const quartiers: QuartierCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 1, name: 'Wazemmes', population: 25000, synthetic: true },
      geometry: polygon(3.04),
    },
    {
      type: 'Feature',
      properties: { id: 2, name: 'Fives', population: 20000, synthetic: true },
      geometry: polygon(3.08),
    },
  ],
};

const base: QuartierSummary = {
  quartier_id: 1,
  quartier: 'Wazemmes',
  population: 25000,
  buildings: 14,
  fluids_cost_eur: 820000,
  investment_eur: 9_000_000,
  investment_per_inhabitant_eur: 360,
  premises: 410,
  vacant_premises: 37,
  vacancy_rate: 0.09,
  footfall: 1_200_000,
};
const summaries = [
  base,
  {
    ...base,
    quartier_id: 2,
    quartier: 'Fives',
    investment_per_inhabitant_eur: 120,
    vacancy_rate: 0.14,
  },
];

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('QuartierMapPanel', () => {
  let fixture: ComponentFixture<QuartierMapPanel>;
  let host: HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(QuartierMapPanel);
    fixture.componentRef.setInput('quartiers', quartiers);
    fixture.componentRef.setInput('summaries', summaries);
    fixture.componentRef.setInput('year', 2025);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
  });

  afterEach(() => host.remove());

  it('labels the indicator selector and sums the map up in one sentence', () => {
    const select = host.querySelector('select')!;
    expect(text(host.querySelector(`label[for="${select.id}"]`))).toBe('Indicateur affiché');
    expect(text(host.querySelector('.summary'))).toBe(
      'Investissement par habitant en 2025 : valeur la plus élevée à Wazemmes (360 €), la plus faible à Fives (120 €).',
    );
  });

  it('asks for another indicator when the selector changes', () => {
    let asked: QuartierIndicatorKey | undefined;
    fixture.componentInstance.indicatorChange.subscribe((key) => (asked = key));
    const select = host.querySelector('select')!;
    select.value = 'vacancy_rate';
    select.dispatchEvent(new Event('change'));
    expect(asked).toBe('vacancy_rate');
  });

  it('invites to pick a quartier, then shows the figures of the one picked', async () => {
    expect(text(host.querySelector('aside'))).toContain('Choisissez un quartier');
    let picked: number | null | undefined;
    fixture.componentInstance.quartierSelect.subscribe((id) => (picked = id));

    const fives = Array.from(host.querySelectorAll('.area-list button')).find((b) => text(b).startsWith('Fives'));
    (fives as HTMLButtonElement).click();
    expect(picked).toBe(2);

    fixture.componentRef.setInput('selectedId', 2);
    await fixture.whenStable();
    const aside = host.querySelector('aside')!;
    expect(text(aside.querySelector('h3'))).toBe('Fives');
    const figures = Array.from(aside.querySelectorAll('dt')).map((dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`);
    expect(figures).toContain('Taux de vacance: 14,0 %');
    expect(figures).toContain('Investissement par habitant: 120 €');
    expect(text(aside)).toContain('Quartier de démonstration');
  });
});
