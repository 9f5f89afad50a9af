import { contextFeature, initialContextState } from '../../../core/context/context.feature';
import { QUARTIER_SUMMARIES_FIXTURE, QUARTIERS_FIXTURE } from '../../../shared/quartiers/quartier.fixture';
import { OVERVIEW_ROWS_FIXTURE } from '../data-access/overview-row.fixture';
import { initialOverviewState, overviewFeature } from './overview.feature';
import { selectOverviewViewModel } from './overview.selectors';

const root = (year: number, lang: 'fr' | 'en' = 'fr') => ({
  [contextFeature.name]: {
    ...initialContextState,
    communes: [{ insee_code: '59350', name: 'Lille', population: 236234, is_demo: true }],
    communesStatus: 'loaded' as const,
    commune: '59350',
    year,
    lang,
  },
  [overviewFeature.name]: {
    ...initialOverviewState,
    commune: '59350',
    rows: OVERVIEW_ROWS_FIXTURE,
    quartiers: QUARTIERS_FIXTURE,
    summaries: QUARTIER_SUMMARIES_FIXTURE,
    status: 'loaded' as const,
    selectedQuartierId: 2,
  },
});

describe('overview view model', () => {
  it('brings together the commune, the KPIs, both charts and the map of the selected year', () => {
    const view = selectOverviewViewModel(root(2025));
    expect(view.communeName).toBe('Lille');
    expect(view.hasData).toBeTrue();
    expect(view.partialYear).toBeFalse();
    expect(view.kpis.length).toBe(6);
    expect(view.spending.heading).toBe('Dépenses de fonctionnement et d’investissement');
    // whole years only: 2026, in progress, is the cards' (with its months), not a point of the chart
    expect(view.fluids.rows.length).toBe(2);
    expect(view.map.selectedId).toBe(2);
    expect(view.map.indicator).toBe('investment_per_inhabitant_eur');
  });

  it('flags the year in progress', () => {
    expect(selectOverviewViewModel(root(2026)).partialYear).toBeTrue();
  });

  it('speaks the language of the interface', () => {
    const view = selectOverviewViewModel(root(2025, 'en'));
    expect(view.kpis[0].label).toBe('Operating expenses');
    expect(view.spending.summary).toMatch(/^Between 2024 and 2025, operating expenses went from/);
  });
});
