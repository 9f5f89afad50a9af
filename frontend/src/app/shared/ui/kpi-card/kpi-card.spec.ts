import { ComponentFixture, TestBed } from '@angular/core/testing';
import { KpiCard } from './kpi-card';

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('KpiCard', () => {
  let fixture: ComponentFixture<KpiCard>;
  let host: HTMLElement;

  async function render(inputs: Record<string, unknown>): Promise<void> {
    fixture = TestBed.createComponent(KpiCard);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    host = fixture.nativeElement;
  }

  it('shows the figure in French format with its change against the previous year', async () => {
    await render({
      label: 'Dépenses de fonctionnement',
      value: 412_500_000,
      kind: 'compactCurrency',
      change: 0.032,
      comparedWith: 2024,
    });

    expect(text(host.querySelector('h3'))).toBe('Dépenses de fonctionnement');
    expect(text(host.querySelector('.kpi-value'))).toBe('412,5 M€');
    expect(text(host.querySelector('.kpi-change'))).toBe('▲ en hausse +3,2 % vs 2024');
  });

  it('says the direction in words for screen readers, the arrow being decorative', async () => {
    await render({
      label: 'Coût des fluides',
      value: 9e6,
      kind: 'compactCurrency',
      change: -0.1,
      comparedWith: 2024,
    });

    expect(host.querySelector('.kpi-arrow')!.getAttribute('aria-hidden')).toBe('true');
    expect(text(host.querySelector('.kpi-change .visually-hidden'))).toBe('en baisse');
    expect(text(host.querySelector('.kpi-change'))).toContain('-10,0 %');
  });

  it('moves a rate in percentage points', async () => {
    await render({
      label: 'Taux de vacance commerciale',
      value: 0.094,
      kind: 'percent',
      change: -0.008,
      changeIn: 'points',
      comparedWith: 2024,
    });
    expect(text(host.querySelector('.kpi-value'))).toBe('9,4 %');
    expect(text(host.querySelector('.kpi-change'))).toContain('-0,8 pt vs 2024');
  });

  it('states its status in words with an icon, not by colour alone', async () => {
    await render({
      label: 'Taux de vacance commerciale',
      value: 0.11,
      kind: 'percent',
      status: 'alert',
    });

    expect(text(host.querySelector('.kpi-status'))).toBe('✕ Alerte');
    expect(host.querySelector('.kpi')!.getAttribute('data-status')).toBe('alert');
  });

  it('admits when there is nothing to compare with, and reads a missing value as n.d.', async () => {
    await render({ label: 'Fréquentation', value: null, kind: 'integer' });

    expect(text(host.querySelector('.kpi-value'))).toBe('n.d.');
    expect(text(host.querySelector('.kpi-change'))).toBe('Pas de comparaison possible');
    expect(host.querySelector('.kpi-status')).toBeNull();
  });

  it('draws a decorative sparkline of the years', async () => {
    await render({ label: 'Fréquentation', value: 3, trend: [1, 2, 3] });
    const svg = host.querySelector('svg.sparkline')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelector('polyline')!.getAttribute('points')).toBe('0,24 50,12 100,0');
  });
});
