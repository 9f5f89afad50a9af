import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DataTable } from './data-table';
import { TableColumn } from './table-column';

const columns: TableColumn[] = [
  { key: 'quartier', label: 'Quartier', kind: 'text' },
  { key: 'cost', label: 'Coût des fluides', kind: 'currency' },
  { key: 'rate', label: 'Taux de vacance', kind: 'percent' },
];
const rows = [
  { quartier: 'Wazemmes', cost: 1234567.89, rate: 0.123 },
  { quartier: 'Fives', cost: 845000, rate: 0.071 },
  { quartier: 'Vieux-Lille', cost: 2100000, rate: null },
];

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('DataTable', () => {
  let fixture: ComponentFixture<DataTable>;
  let host: HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(DataTable);
    fixture.componentRef.setInput('caption', 'Fluides par quartier en 2025');
    fixture.componentRef.setInput('columns', columns);
    fixture.componentRef.setInput('rows', rows);
    await fixture.whenStable();
    host = fixture.nativeElement;
  });

  const firstColumn = () => Array.from(host.querySelectorAll('tbody th')).map(text);
  const header = (label: string) =>
    Array.from(host.querySelectorAll('thead th')).find((th) => text(th).startsWith(label))!;

  it('has a caption, column headers and the quartier as row header', () => {
    expect(text(host.querySelector('caption'))).toBe('Fluides par quartier en 2025');
    expect(host.querySelectorAll('thead th[scope="col"]').length).toBe(3);
    expect(firstColumn()).toEqual(['Wazemmes', 'Fives', 'Vieux-Lille']);
  });

  it('shows the figures in French format, "n.d." where a figure is missing', () => {
    const cells = Array.from(host.querySelectorAll('tbody tr:first-child td')).map(text);
    expect(cells).toEqual(['1 234 567,89 €', '12,3 %']);
    expect(text(host.querySelector('tbody tr:last-child td:last-child'))).toBe('n.d.');
  });

  it('sorts by a column from a keyboard-reachable button in its header, and says so with aria-sort', async () => {
    const button = header('Coût des fluides').querySelector('button')!;
    expect(button.type).toBe('button');
    button.focus();
    expect(document.activeElement).toBe(button);

    button.click();
    await fixture.whenStable();
    expect(header('Coût des fluides').getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn()).toEqual(['Fives', 'Wazemmes', 'Vieux-Lille']);

    button.click();
    await fixture.whenStable();
    expect(header('Coût des fluides').getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn()).toEqual(['Vieux-Lille', 'Wazemmes', 'Fives']);
    expect(header('Quartier').hasAttribute('aria-sort')).toBeFalse();
  });

  it('offers the rows as a CSV download', () => {
    expect(text(host.querySelector('.table-actions button'))).toBe('Télécharger CSV');
  });
});

describe('DataTable wider than its box', () => {
  it('says so above it, keeps its first column in place and shows where more columns hide', async () => {
    const fixture = TestBed.createComponent(DataTable);
    const wide = Array.from({ length: 12 }, (_, i): TableColumn => ({
      key: `c${i}`,
      label: `Colonne numéro ${i} au titre assez long`,
      kind: 'text',
    }));
    fixture.componentRef.setInput('caption', 'Un tableau large');
    fixture.componentRef.setInput('columns', wide);
    fixture.componentRef.setInput('rows', [Object.fromEntries(wide.map((c) => [c.key, 'une valeur']))]);
    const host: HTMLElement = fixture.nativeElement;
    host.style.display = 'block';
    host.style.width = '400px';
    document.body.appendChild(host);
    await fixture.whenStable();
    // the resize observer reports on the next frame
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await fixture.whenStable();

    const cue = host.querySelector('.scroll-cue');
    expect(cue?.textContent).toContain('faites-le défiler');
    const scroller = host.querySelector('.table-scroll') as HTMLElement;
    expect(scroller.classList).toContain('table-scroll--overflowing');
    expect(scroller.getAttribute('aria-describedby')).toBe(cue!.id);
    expect(getComputedStyle(host.querySelector('tbody th')!).position).toBe('sticky');
    host.remove();
  });

  it('says nothing when the table fits', async () => {
    const fixture = TestBed.createComponent(DataTable);
    fixture.componentRef.setInput('caption', 'Un petit tableau');
    fixture.componentRef.setInput('columns', [{ key: 'a', label: 'A', kind: 'text' }]);
    fixture.componentRef.setInput('rows', [{ a: 'x' }]);
    const host: HTMLElement = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await fixture.whenStable();

    expect(host.querySelector('.scroll-cue')).toBeNull();
    host.remove();
  });
});
