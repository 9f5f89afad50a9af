import { EXECUTION_FIXTURE } from '../data-access/budget-rows.fixture';
import { buildExecutionChart } from './build-execution-chart';

const input = {
  execution: EXECUTION_FIXTURE,
  section: 'F' as const,
  direction: 'D' as const,
  year: 2024,
  lang: 'fr' as const,
};

describe('voted and executed, chapter by chapter', () => {
  it('puts the voted amounts of the chosen stage beside the executed ones, chapter by chapter', () => {
    const chart = buildExecutionChart({ ...input, stage: 'BP' });
    const series = chart.options.series as { name: string; data: number[] }[];

    expect(chart.heading).toBe('Voté et réalisé par chapitre – Fonctionnement, dépenses');
    expect(series.map((s) => s.name)).toEqual(['Voté au BP', 'Réalisé']);
    expect(series[0].data).toEqual([45e6, 88e6]); // the largest on top of a category axis, i.e. last
    expect(chart.rows[0]).toEqual({
      chapter: '012 Charges de personnel',
      voted: 88e6,
      open: 92e6,
      executed: 90e6,
      carryNext: 0,
      rate: 0.9783,
    });
  });

  it('rates execution against the crédits ouverts and names the least executed chapter', () => {
    const chart = buildExecutionChart({ ...input, stage: 'CA' });

    expect(chart.summary).toBe(
      'En 2024, 92,9 % des crédits ouverts en dépenses de fonctionnement ont été réalisés (130 M€) ; le chapitre le moins exécuté est « 011 Charges à caractère général » (83,3 %).',
    );
  });

  it('says what was voted when the accounts are not known yet', () => {
    const voted = EXECUTION_FIXTURE.map((r) => ({ ...r, executed: null, execution_rate: null }));
    const chart = buildExecutionChart({ ...input, execution: voted, stage: 'DM' });

    expect(chart.summary).toBe(
      "En 2024, 140 M€ de dépenses de fonctionnement sont votés (voté après les DM) ; le compte administratif n'est pas encore connu.",
    );
    expect((chart.options.series as unknown[]).length).toBe(1);
  });
});
