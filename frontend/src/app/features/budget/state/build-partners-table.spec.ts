import { COMPARISON_FIXTURE } from '../data-access/budget-rows.fixture';
import { buildPartnersTable } from './build-partners-table';

describe('the partner communes table', () => {
  it('puts the same ratios side by side in a table', () => {
    const table = buildPartnersTable(COMPARISON_FIXTURE, 2025, 'fr');

    expect(table.rows.map((r) => [r['commune'], r['savingsRate'], r['debtCapacity']])).toEqual([
      ['Lille', 0.122, 4.7],
      ['Roubaix', 0.064, 14.18],
    ]);
  });
});
