import { BUDGET_KPIS_2024 } from '../data-access/budget-kpis.fixture';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore, Store } from '@ngrx/store';
import { communesApiActions } from '../../../core/context/communes-api.actions';
import { contextFeature } from '../../../core/context/context.feature';
import { shellActions } from '../../../core/context/shell.actions';
import { DOCUMENTS_FIXTURE, EXECUTION_FIXTURE, HEALTH_FIXTURE } from '../data-access/budget-rows.fixture';
import * as budgetEffects from '../state/budget.effects';
import { budgetFeature } from '../state/budget.feature';
import { peersApiActions } from '../peers/state/peers-api.actions';
import { peersFeature } from '../peers/state/peers.feature';
import { BudgetPage } from './budget-page';

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('BudgetPage', () => {
  let fixture: ComponentFixture<BudgetPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [contextFeature.name]: contextFeature.reducer }),
        provideState(budgetFeature),
        provideState(peersFeature),
        provideEffects(budgetEffects),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(Store);
    store.dispatch(
      communesApiActions.loadedSuccess({
        communes: [{ insee_code: '59512', name: 'Roubaix', population: 98089, is_demo: true }],
      }),
    );
    store.dispatch(shellActions.yearSelected({ year: 2024 }));
    fixture = TestBed.createComponent(BudgetPage);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
  });

  afterEach(() => {
    host.remove();
    backend.verify({ ignoreCancelled: true });
  });

  function answer(url: string, body: object): void {
    const pending = backend.match(url).filter((request) => !request.cancelled);
    expect(pending.length).withContext(url).toBe(1);
    pending[0].flush(body);
  }

  const roubaixBudgets = [
    {
      code: 'principal',
      kind: 'principal',
      name: 'ROUBAIX',
      siret: null,
      first_year: 2020,
      last_year: 2024,
      accounts_years: [2024],
    },
  ];

  async function answerWithRoubaix(budgets: object[] = roubaixBudgets): Promise<void> {
    answer('/api/v1/budget/budgets?commune=59512', budgets);
    answer('/api/v1/budget/health?commune=59512&year=2024&years=6', HEALTH_FIXTURE);
    answer('/api/v1/budget/documents?commune=59512', DOCUMENTS_FIXTURE);
    for (const level of ['section', 'chapter', 'function', 'subfunction']) {
      answer(
        `/api/v1/budget/execution?commune=59512&year=2024&level=${level}`,
        EXECUTION_FIXTURE.filter((r) => r.level === level),
      );
    }
    answer('/api/v1/kpis?commune=59512&year=2024&family=budget', BUDGET_KPIS_2024);
    await fixture.whenStable();
  }

  it('says it is loading while the budget of Roubaix is on its way', async () => {
    expect(text(host.querySelector('[role="status"]'))).toBe('Chargement…');
    await answerWithRoubaix();
  });

  it('shows the financial health of 2024 with threshold statuses in words', async () => {
    await answerWithRoubaix();

    expect(text(host.querySelector('h1'))).toBe('Budget');
    const cards = host.querySelectorAll('app-kpi-card');
    expect(cards.length).toBe(7);
    expect(text(cards[3])).toContain('Capacité de désendettement 12,5 ans');
    expect(text(cards[3])).toContain('À surveiller');
  });

  it('shows no budget selector for a commune without budget annexe', async () => {
    await answerWithRoubaix();
    expect(host.querySelector('#budget-choice')).toBeNull();
  });

  it('computes the financial health on the budget annexe chosen (budget=SIRET)', async () => {
    await answerWithRoubaix([
      ...roubaixBudgets,
      {
        code: '21590512100099',
        kind: 'annexe',
        name: 'Parc d’activités',
        siret: '21590512100099',
        first_year: 2024,
        last_year: 2024,
        accounts_years: [2024],
      },
    ]);
    const select = host.querySelector('#budget-choice') as HTMLSelectElement;
    expect(Array.from(select.options).map(text)).toEqual([
      'Budget principal',
      'Budget annexe « Parc d’activités »',
      'Budget consolidé (principal et annexes)',
    ]);

    select.value = '21590512100099';
    select.dispatchEvent(new Event('change'));
    answer('/api/v1/budget/health?commune=59512&year=2024&years=6&budget=21590512100099', HEALTH_FIXTURE);
    await fixture.whenStable();

    expect((host.querySelector('#budget-choice') as HTMLSelectElement).value).toBe('21590512100099');
    expect(host.querySelectorAll('app-kpi-card').length).toBe(7);
  });

  it('offers only the stages loaded for the year, the CA chosen by default', async () => {
    await answerWithRoubaix();

    const radios = [...host.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => [r.value, r.disabled, r.checked])).toEqual([
      ['BP', false, false],
      ['BS', true, false],
      ['DM', false, false],
      ['CA', false, true],
    ]);
  });

  it('drills from a function down to its chapters', async () => {
    await answerWithRoubaix();
    const button = [...host.querySelectorAll<HTMLButtonElement>('app-drilldown-panel tbody th button')].find(
      (b) => text(b) === '2 Enseignement',
    )!;

    button.click();
    answer('/api/v1/budget/execution?commune=59512&year=2024&level=function_chapter&function=2', [
      { ...EXECUTION_FIXTURE[3], level: 'function_chapter', function: '2' },
    ]);
    await fixture.whenStable();

    expect(text(host.querySelector('app-drilldown-panel caption'))).toBe('Chapitres de la fonction 2 Enseignement');
    expect(text(host.querySelector('app-drilldown-panel tbody th'))).toBe('011 Charges à caractère général');
  });

  it('says how Roubaix compares with its strate, below its budget figures', async () => {
    await answerWithRoubaix();
    // Roubaix in the shipped sample: personnel 820 €/inh. against the strate's published 720 -> 13,9 % more
    const strate = 'communes de 50 000 à 100 000 hab appartenant à un groupement fiscalisé (FPU)';
    TestBed.inject(Store).dispatch(
      peersApiActions.peersLoadedSuccess({
        commune: '59512',
        rows: [
          {
            indicator: 'charges_personnel_par_habitant',
            unit: 'eur_per_inhabitant',
            commune_value: 820,
            group_average: 720,
            group_median: 760,
            group_q1: 700,
            group_q3: 850,
            group_size: 7,
            rank: 3,
            source: 'dgfip',
            year: 2024,
            group_label: strate,
          },
        ],
        comparison: [],
      }),
    );
    await fixture.whenStable();
    const section = host.querySelector('app-peers-section');
    expect(text(section)).toContain(
      'Roubaix dépense 13,9 % de plus par habitant en personnel que la moyenne des communes de 50 000 à 100 000 hab',
    );
    expect(text(section?.querySelector('table') ?? null)).toContain('3e sur 7');
  });
});
