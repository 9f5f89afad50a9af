import { expectUniqueGrain, insertCommune, withRollback } from '../../../backend/test/helpers/sql';

describe('view kpi_budget_structure', () => {
  it("splits each commune's executed spending by nature and by function, per inhabitant, comparable side by side", async () => {
    await withRollback(async (trx) => {
      const big = await insertCommune(trx, '99150', { population: 4000 });
      const small = await insertCommune(trx, '99151', { population: 1000 });
      const line = { year: 2024, stage: 'CA', section: 'F', direction: 'D', is_real: true };
      await trx('budget_lines').insert([
        // big: 012 staff 3 000 (function 020) + 011 charges 1 000 (function 212): 4 000, i.e. 1 000 per inhabitant
        {
          ...line,
          commune_insee: big,
          chapter: '012',
          account: '64111',
          function_code: '020',
          amount_executed: 3000,
        },
        {
          ...line,
          commune_insee: big,
          chapter: '011',
          account: '60612',
          function_code: '212',
          amount_executed: 1000,
        },
        // small: 011 charges 600 (function 212) + 65 subsidies 400 (not broken down by function)
        {
          ...line,
          commune_insee: small,
          chapter: '011',
          account: '60612',
          function_code: '212',
          amount_executed: 600,
        },
        {
          ...line,
          commune_insee: small,
          chapter: '65',
          account: '6574',
          function_code: '',
          amount_executed: 400,
        },
      ]);

      await trx.raw('refresh materialized view analytics.kpi_budget_execution');
      const result = await trx('analytics.kpi_budget_structure')
        .whereIn('commune_insee', [big, small])
        .orderBy(['commune_insee', 'axis', 'code'])
        .select('commune_insee', 'axis', 'code', 'label', 'executed', 'share_of_section', 'executed_per_inhabitant');

      expect(
        result.map((r) => [r.commune_insee, r.axis, r.code, r.executed, r.share_of_section, r.executed_per_inhabitant]),
      ).toEqual([
        [big, 'function', '0', 3000, 0.75, 0.75],
        [big, 'function', '2', 1000, 0.25, 0.25],
        [big, 'nature', '011', 1000, 0.25, 0.25],
        [big, 'nature', '012', 3000, 0.75, 0.75],
        [small, 'function', '', 400, 0.4, 0.4],
        [small, 'function', '2', 600, 0.6, 0.6],
        [small, 'nature', '011', 600, 0.6, 0.6],
        [small, 'nature', '65', 400, 0.4, 0.4],
      ]);
      expect(result.find((r) => r.code === '65').label).toBe('Autres charges de gestion courante');
      expect(result.find((r) => r.commune_insee === small && r.code === '').label).toBe('Non ventilé');
      expectUniqueGrain(result, ['commune_insee', 'axis', 'code']);
      for (const commune of [big, small]) {
        for (const axis of ['nature', 'function']) {
          const shares = result
            .filter((r) => r.commune_insee === commune && r.axis === axis)
            .reduce((t, r) => t + r.share_of_section, 0);
          expect(shares).withContext(`${commune} ${axis} shares`).toBeCloseTo(1, 10);
        }
      }
    });
  });
});
