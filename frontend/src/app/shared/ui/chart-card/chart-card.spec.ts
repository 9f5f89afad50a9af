import { ComponentFixture, DeferBlockState, TestBed } from '@angular/core/testing';
import { buildTrendChart } from '../../charts/build-trend-chart';
import { ChartCard } from './chart-card';

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('ChartCard', () => {
  let fixture: ComponentFixture<ChartCard>;
  let host: HTMLElement;
  const summary = 'Les dépenses de fonctionnement augmentent de 3,2 % en 2025 par rapport à 2024, à 412,5 M€.';

  beforeEach(async () => {
    fixture = TestBed.createComponent(ChartCard);
    fixture.componentRef.setInput('heading', 'Dépenses de fonctionnement');
    fixture.componentRef.setInput('summary', summary);
    fixture.componentRef.setInput(
      'options',
      buildTrendChart({
        categories: [2024, 2025],
        series: [{ name: 'Fonctionnement', values: [399_709_302, 412_500_000] }],
        kind: 'currency',
        locale: 'fr-FR',
      }),
    );
    fixture.componentRef.setInput('columns', [
      { key: 'year', label: 'Année', kind: 'text' },
      { key: 'operating', label: 'Fonctionnement', kind: 'currency' },
    ]);
    fixture.componentRef.setInput('rows', [
      { year: '2024', operating: 399_709_302 },
      { year: '2025', operating: 412_500_000 },
    ]);
    await fixture.whenStable();
    host = fixture.nativeElement;
  });

  /** The chart is drawn when the card comes into view: here, at once. */
  const scrollIntoView = async () => {
    const [chart] = await fixture.getDeferBlocks();
    await chart.render(DeferBlockState.Complete);
    await fixture.whenStable();
  };

  it('keeps the chart out of the first load, its place and its name kept until it comes into view', async () => {
    expect(host.querySelector('app-echart')).toBeNull();
    const placeholder = host.querySelector('.chart-placeholder') as HTMLElement;
    expect(placeholder.getAttribute('role')).toBe('img');
    expect(placeholder.getAttribute('aria-label')).toBe(summary);
    expect(placeholder.style.blockSize).toBe('320px');

    await scrollIntoView();
    expect(host.querySelector('app-echart')).not.toBeNull();
    expect(host.querySelector('.chart-placeholder')).toBeNull();
  });

  const button = (label: string) =>
    Array.from(host.querySelectorAll('button')).find((b) => text(b) === label) as HTMLButtonElement;

  it('shows its title and the one-sentence summary under it', () => {
    expect(text(host.querySelector('h2'))).toBe('Dépenses de fonctionnement');
    expect(text(host.querySelector('.summary'))).toBe(summary);
  });

  it('gives the chart the summary as its accessible name', async () => {
    await scrollIntoView();
    const chart = host.querySelector('[role="img"]')!;
    expect(chart.getAttribute('aria-label')).toBe(summary);
  });

  it('shows the same data as an accessible table, and back to the chart', async () => {
    await scrollIntoView();
    expect(host.querySelector('table')).toBeNull();

    button('Voir le tableau').click();
    await fixture.whenStable();

    expect(text(host.querySelector('caption'))).toBe('Dépenses de fonctionnement');
    expect(host.querySelectorAll('th[scope="col"]').length).toBe(2);
    expect(text(host.querySelector('tbody tr:last-child td'))).toBe('412 500 000,00 €');
    expect(host.querySelector('app-echart')!.hasAttribute('hidden')).toBeTrue();

    button('Voir le graphique').click();
    await fixture.whenStable();
    expect(host.querySelector('table')).toBeNull();
  });

  it('offers a CSV download and a PNG copy', () => {
    expect(button('Télécharger CSV')).toBeTruthy();
    expect(button('Copier en PNG')).toBeTruthy();
  });
});
