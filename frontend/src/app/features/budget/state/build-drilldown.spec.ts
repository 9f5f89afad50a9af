import { EXECUTION_FIXTURE } from '../data-access/budget-rows.fixture';
import { ExecutionRow, LineRow } from '../data-access/budget-rows';
import { buildDrilldown, DrillInput } from './build-drilldown';
import { NO_DRILL } from './budget.feature';

const chapters: ExecutionRow[] = [
  { ...EXECUTION_FIXTURE[3], level: 'function_chapter', function: '2', executed: 12e6 },
  { ...EXECUTION_FIXTURE[2], level: 'function_chapter', function: '2', executed: 40e6 },
];
const line: LineRow = {
  section: 'F',
  direction: 'D',
  is_real: true,
  chapter: '011',
  chapter_label: 'Charges à caractère général',
  account: '60612',
  account_label: 'Énergie - électricité',
  function_code: '212',
  function_code_label: 'Écoles primaires',
  function: '2',
  function_label: 'Enseignement',
  operation: '',
  credits_after_bp: 1e6,
  credits_after_bs: 1e6,
  credits_after_dm: 1.1e6,
  carry_prev: 0,
  credits_open: 1.1e6,
  executed: 1e6,
  carry_next: 0,
  cancelled: 0.1e6,
  execution_rate: 0.9091,
};
const base: DrillInput = {
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
};

describe('buildDrilldown', () => {
  it('starts from the functions of the section, the largest first, each opening its chapters', () => {
    const view = buildDrilldown(base);

    expect(view.depth).toBe(0);
    expect(view.crumbs).toEqual([{ depth: 0, label: 'Toutes les fonctions' }]);
    expect(view.caption).toBe('Fonctions – Fonctionnement, dépenses 2024');
    expect(view.rows.map((r) => [r.key, r.cells['name'], r.cells['executed']])).toEqual([
      ['0', '0 Services généraux', 78e6],
      ['2', '2 Enseignement', 52e6],
    ]);
    expect(view.drillable).toBeTrue();
    expect(view.xlsxUrl).toBe(
      '/api/v1/budget/execution?commune=59512&year=2024&section=F&direction=D&level=function&format=xlsx',
    );
  });

  it('lists the chapters of the function opened, with a way back', () => {
    const view = buildDrilldown({
      ...base,
      drill: { fn: '2', chapter: null, account: null },
      chapters,
      status: 'loaded',
    });

    expect(view.crumbs.map((c) => c.label)).toEqual(['Toutes les fonctions', '2 Enseignement']);
    expect(view.caption).toBe('Chapitres de la fonction 2 Enseignement');
    expect(view.rows.map((r) => r.key)).toEqual(['012', '011']);
    expect(view.xlsxUrl).toContain('level=function_chapter&function=2');
  });

  it('ends on the budget lines of an article, which open nothing further', () => {
    const view = buildDrilldown({
      ...base,
      drill: { fn: '2', chapter: '011', account: '60612' },
      chapters,
      articles: [
        {
          ...EXECUTION_FIXTURE[3],
          level: 'article',
          function: '2',
          account: '60612',
          account_label: 'Énergie - électricité',
        },
      ],
      lines: [line],
      status: 'loaded',
    });

    expect(view.depth).toBe(3);
    expect(view.caption).toBe('Lignes du compte 60612 Énergie - électricité');
    expect(view.drillable).toBeFalse();
    expect(view.rows[0].cells).toEqual(
      jasmine.objectContaining({
        functionCode: '212 Écoles primaires',
        voted: 1.1e6,
        rate: 0.9091,
      }),
    );
    expect(view.xlsxUrl).toBe(
      '/api/v1/budget/lines?commune=59512&year=2024&section=F&direction=D&function=2&chapter=011&account=60612&format=xlsx',
    );
  });
});
