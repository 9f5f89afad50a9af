import { plainSpaces } from '../../../core/i18n/format-value';
import { contextFeature, initialContextState } from '../../../core/context/context.feature';
import { QUARTIER_SUMMARIES_FIXTURE, QUARTIERS_FIXTURE } from '../../../shared/quartiers/quartier.fixture';
import { initialNeighbourhoodState, neighbourhoodFeature } from './neighbourhood.feature';
import { selectNeighbourhoodViewModel } from './neighbourhood.selectors';

const root = {
  [contextFeature.name]: {
    ...initialContextState,
    communes: [{ insee_code: '59350', name: 'Lille', population: 236234, is_demo: true }],
    commune: '59350',
  },
  [neighbourhoodFeature.name]: {
    ...initialNeighbourhoodState,
    quartiers: QUARTIERS_FIXTURE,
    summaries: QUARTIER_SUMMARIES_FIXTURE,
    status: 'loaded' as const,
    indicator: 'vacancy_rate' as const,
    selectedQuartierId: 1,
  },
};

describe('neighbourhood view model', () => {
  const view = selectNeighbourhoodViewModel(root);

  it('tables every quartier figure under a caption naming the commune and year', () => {
    expect(view.table.caption).toBe('Chiffres par quartier – Lille 2025');
    expect(view.table.columns.map((column) => column.key)).toContain('vacancy_rate');
    expect(view.table.rows.map((row) => row['quartier'])).toEqual(['Wazemmes', 'Fives']);
  });

  it('compares the chosen indicator across quartiers, with a sentence and the picked one emphasised', () => {
    expect(view.comparison.heading).toBe('Taux de vacance commerciale par quartier');
    expect(plainSpaces(view.comparison.summary)).toBe(
      'Taux de vacance commerciale en 2025 : valeur la plus élevée à Fives (14,0 %), la plus faible à Wazemmes (9,0 %).',
    );
    const bars = (view.comparison.options.series as { data: unknown[] }[])[0].data;
    expect(bars).toEqual([{ value: 0.09, itemStyle: { color: '#c25400' } }, 0.14]);
  });
});
