import { TestBed } from '@angular/core/testing';
import { EXECUTION_FIXTURE } from '../data-access/budget-rows.fixture';
import { buildDrilldown } from '../state/build-drilldown';
import { NO_DRILL } from '../state/budget.feature';
import { DrilldownPanel } from './drilldown-panel';

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('DrilldownPanel', () => {
  async function render(
    view = buildDrilldown({
      commune: '59512',
      year: 2024,
      section: 'F',
      direction: 'D',
      stage: 'CA',
      drill: NO_DRILL,
      execution: EXECUTION_FIXTURE,
      chapters: [],
      articles: [],
      lines: [],
      status: 'idle',
      error: null,
      lang: 'fr',
    }),
  ) {
    const fixture = TestBed.createComponent(DrilldownPanel);
    fixture.componentRef.setInput('view', view);
    await fixture.whenStable();
    return fixture;
  }

  it('shows a captioned table whose first cells are buttons opening the next level', async () => {
    const fixture = await render();
    const host: HTMLElement = fixture.nativeElement;
    const opened: string[] = [];
    fixture.componentInstance.open.subscribe((key) => opened.push(key));

    expect(text(host.querySelector('caption'))).toBe('Fonctions – Fonctionnement, dépenses 2024');
    expect(text(host.querySelector('tbody tr td:last-child'))).toBe('97,5 %');
    const buttons = host.querySelectorAll<HTMLButtonElement>('tbody th button');
    expect(text(buttons[1])).toBe('2 Enseignement');
    buttons[1].click();
    expect(opened).toEqual(['2']);
  });

  it('lets the reader go back up the path, the current step marked as such', async () => {
    const fixture = await render(
      buildDrilldown({
        commune: '59512',
        year: 2024,
        section: 'F',
        direction: 'D',
        stage: 'CA',
        drill: { fn: '2', chapter: null, account: null },
        execution: EXECUTION_FIXTURE,
        chapters: [],
        articles: [],
        lines: [],
        status: 'loaded',
        error: null,
        lang: 'fr',
      }),
    );
    const host: HTMLElement = fixture.nativeElement;
    const back: number[] = [];
    fixture.componentInstance.back.subscribe((depth) => back.push(depth));

    expect(text(host.querySelector('[aria-current="location"]'))).toBe('2 Enseignement');
    (host.querySelector('nav button') as HTMLButtonElement).click();
    expect(back).toEqual([0]);
    expect(host.querySelector('a[download]')?.getAttribute('href')).toContain(
      'level=function_chapter&function=2&format=xlsx',
    );
  });
});
