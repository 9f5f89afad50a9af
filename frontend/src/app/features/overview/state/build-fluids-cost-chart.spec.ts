import { OverviewRow } from '../data-access/overview-row';
import { OVERVIEW_ROWS_FIXTURE } from '../data-access/overview-row.fixture';
import { buildFluidsChart } from './build-fluids-cost-chart';

describe('the fluids cost chart', () => {
  it('describes the fluids bill in English when English is chosen', () => {
    const chart = buildFluidsChart(OVERVIEW_ROWS_FIXTURE, 2025, 'en');
    expect(chart.heading).toBe('Utility costs of public buildings');
    expect(chart.summary).toBe('Between 2024 and 2025, utility costs went from €10M to €11.5M (+15.0%).');
  });

  it('starts the sentence at the first year its figures are known, not at a year only the counters cover', () => {
    const countersOnly: OverviewRow = {
      ...OVERVIEW_ROWS_FIXTURE[0],
      year: 2019,
      operating_expenses_eur: null,
      investment_expenses_eur: null,
      fluids_kwh: null,
      fluids_cost_eur: null,
    };

    expect(buildFluidsChart([countersOnly, ...OVERVIEW_ROWS_FIXTURE], 2025, 'fr').summary).toMatch(
      /^Entre 2024 et 2025, /,
    );
  });
});
