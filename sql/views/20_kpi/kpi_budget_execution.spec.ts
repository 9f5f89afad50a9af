import { expectUniqueGrain, insertCommune, rows, withRollback } from '../../../backend/test/helpers/sql';

describe('view kpi_budget_execution', () => {
  it('rolls voted vs executed up by section, chapter, function and article, real operations only', async () => {
    await withRollback(async (trx) => {
      const commune = await insertCommune(trx, '99120', { population: 2000 });
      const base = { commune_insee: commune, year: 2024, is_real: true, operation: '' };
      const fd = { ...base, section: 'F', direction: 'D' };
      await trx('budget_lines').insert([
        // A: energy of the town hall (function 020): 1 000 open, 900 paid
        {
          ...fd,
          stage: 'BP',
          account: '60612',
          chapter: '011',
          function_code: '020',
          amount_voted: 1000,
        },
        {
          ...fd,
          stage: 'CA',
          account: '60612',
          chapter: '011',
          function_code: '020',
          amount_executed: 900,
        },
        // B: energy of primary schools (212): BP 500 + DM 100 = 600 open, 550 paid
        {
          ...fd,
          stage: 'BP',
          account: '60612',
          chapter: '011',
          function_code: '212',
          amount_voted: 500,
        },
        {
          ...fd,
          stage: 'DM',
          account: '60612',
          chapter: '011',
          function_code: '212',
          amount_voted: 100,
        },
        {
          ...fd,
          stage: 'CA',
          account: '60612',
          chapter: '011',
          function_code: '212',
          amount_executed: 550,
        },
        // C: staff (020): 3 000 open, 2 950 paid
        {
          ...fd,
          stage: 'BP',
          account: '64111',
          chapter: '012',
          function_code: '020',
          amount_voted: 3000,
        },
        {
          ...fd,
          stage: 'CA',
          account: '64111',
          chapter: '012',
          function_code: '020',
          amount_executed: 2950,
        },
        // order operations are left out: depreciation (042) and the transfer to investment (023)
        {
          ...fd,
          stage: 'BP',
          is_real: false,
          account: '6811',
          chapter: '042',
          function_code: '01',
          amount_voted: 400,
        },
        {
          ...fd,
          stage: 'CA',
          is_real: false,
          account: '6811',
          chapter: '042',
          function_code: '01',
          amount_executed: 400,
        },
        {
          ...fd,
          stage: 'BP',
          is_real: false,
          account: '023',
          chapter: '023',
          function_code: '01',
          amount_voted: 700,
        },
        // D: local taxes (revenue): 6 000 forecast, 6 100 collected
        {
          ...base,
          section: 'F',
          direction: 'R',
          stage: 'BP',
          account: '73111',
          chapter: '731',
          function_code: '01',
          amount_voted: 6000,
        },
        {
          ...base,
          section: 'F',
          direction: 'R',
          stage: 'CA',
          account: '73111',
          chapter: '731',
          function_code: '01',
          amount_executed: 6100,
        },
        // E: school building works: BP 2 000 + 500 carried from 2023 (BS) = 2 500 open; 1 800 paid, 500 carried over
        {
          ...base,
          section: 'I',
          direction: 'D',
          stage: 'BP',
          account: '2135',
          chapter: '21',
          function_code: '212',
          amount_voted: 2000,
        },
        {
          ...base,
          section: 'I',
          direction: 'D',
          stage: 'BS',
          account: '2135',
          chapter: '21',
          function_code: '212',
          carry_prev: 500,
        },
        {
          ...base,
          section: 'I',
          direction: 'D',
          stage: 'CA',
          account: '2135',
          chapter: '21',
          function_code: '212',
          amount_executed: 1800,
          carry_next: 500,
        },
        // F: a school under construction (opération 101): 1 000 open, 200 paid, 700 carried over
        {
          ...base,
          section: 'I',
          direction: 'D',
          stage: 'BP',
          account: '2313',
          chapter: '23',
          function_code: '212',
          operation: '101',
          amount_voted: 1000,
        },
        {
          ...base,
          section: 'I',
          direction: 'D',
          stage: 'CA',
          account: '2313',
          chapter: '23',
          function_code: '212',
          operation: '101',
          amount_executed: 200,
          carry_next: 700,
        },
      ]);

      await trx.raw('refresh materialized view analytics.kpi_budget_execution');
      const result = await rows(trx, 'kpi_budget_execution', { commune_insee: commune });
      const pick = (section: string, direction: string, level: string, keys: Record<string, string> = {}) =>
        result.find(
          (r) =>
            r['section'] === section &&
            r['direction'] === direction &&
            r['level'] === level &&
            Object.entries(keys).every(([k, v]) => r[k] === v),
        )!;
      const figures = (r: Record<string, unknown>) => [
        r['credits_after_bp'],
        r['credits_after_dm'],
        r['credits_open'],
        r['executed'],
        r['carry_next'],
        r['cancelled'],
        r['execution_rate'],
        r['commitment_rate'],
        r['share_of_section'],
        r['executed_per_inhabitant'],
      ];

      // F/D: A + B + C. Open 1 000 + 600 + 3 000 = 4 600, paid 900 + 550 + 2 950 = 4 400; 4 400 / 4 600 = 0.95652
      expect(figures(pick('F', 'D', 'section'))).toEqual([4500, 4600, 4600, 4400, 0, 200, 0.9565, 0.9565, 1, 2.2]);
      // chapter 011 = A + B: 1 450 / 1 600 = 0.90625; 1 450 / 4 400 = 0.32955 of the section
      expect(figures(pick('F', 'D', 'chapter', { chapter: '011' }))).toEqual([
        1500, 1600, 1600, 1450, 0, 150, 0.9063, 0.9063, 0.3295, 0.73,
      ]);
      expect(pick('F', 'D', 'chapter', { chapter: '011' })['chapter_label']).toBe('Charges à caractère général');
      // function 0 = A + C: 3 850 / 4 000 = 0.9625, 3 850 / 4 400 = 0.875
      expect(figures(pick('F', 'D', 'function', { function: '0' }))).toEqual([
        4000, 4000, 4000, 3850, 0, 150, 0.9625, 0.9625, 0.875, 1.93,
      ]);
      expect(pick('F', 'D', 'function', { function: '2' })['function_label']).toBe(
        'Enseignement, formation professionnelle et apprentissage',
      );
      expect(figures(pick('F', 'D', 'subfunction', { function: '2', subfunction: '21' }))).toEqual([
        500, 600, 600, 550, 0, 50, 0.9167, 0.9167, 0.125, 0.28,
      ]);
      // the drill-down: function 2 -> chapter 011 -> article 60612
      const article = pick('F', 'D', 'article', {
        function: '2',
        chapter: '011',
        account: '60612',
      });
      expect(figures(article)).toEqual([500, 600, 600, 550, 0, 50, 0.9167, 0.9167, 0.125, 0.28]);
      expect(article['account_label']).toBe('Énergie - électricité');
      expect(article['subfunction']).toBeNull();
      // revenue may exceed its forecast: 6 100 / 6 000
      expect(pick('F', 'R', 'section')['execution_rate']).toBe(1.0167);
      // I/D: 2 000 / 3 500 paid = 0.57143; with the 1 200 carried over, 3 200 / 3 500 = 0.91429 committed
      expect(figures(pick('I', 'D', 'section'))).toEqual([3000, 3500, 3500, 2000, 1200, 300, 0.5714, 0.9143, 1, 1]);

      expect(result.length).withContext('F/D 13 rows, F/R 6, I/D 9').toBe(28);
      expectUniqueGrain(result, [
        'year',
        'section',
        'direction',
        'level',
        'function',
        'subfunction',
        'chapter',
        'account',
      ]);
      for (const section of result.filter((r) => r['level'] === 'section')) {
        for (const level of ['chapter', 'function', 'subfunction', 'function_chapter', 'article']) {
          const parts = result.filter(
            (r) =>
              r['level'] === level && r['section'] === section['section'] && r['direction'] === section['direction'],
          );
          const sum = (column: string) => parts.reduce((total, r) => total + (r[column] as number), 0);
          expect(sum('executed'))
            .withContext(`${level} parts add up to the section`)
            .toBe(section['executed'] as number);
          expect(sum('credits_open'))
            .withContext(`${level} open credits add up`)
            .toBe(section['credits_open'] as number);
        }
      }
      for (const r of result.filter((x) => x['direction'] === 'D')) {
        expect(r['execution_rate']).toBeGreaterThanOrEqual(0);
        expect(r['execution_rate']).toBeLessThanOrEqual(1);
      }
    });
  });
});
