import { plainSpaces } from '../../../core/i18n/format-value';
import { COMMUNE_MONTHS_FIXTURE, COMMUNE_YEARS_FIXTURE } from '../data-access/fluids-rows.fixture';
import { buildMonthlyEnergyChart } from './build-monthly-energy-chart';

describe('the monthly energy of the commune', () => {
  it('sets the corrected energy of each month against the same month a year earlier', () => {
    const chart = buildMonthlyEnergyChart(COMMUNE_MONTHS_FIXTURE, COMMUNE_YEARS_FIXTURE, 2025, 'fr');

    // January: electricity + gas, corrected
    expect(chart.rows[0]).toEqual({ month: 'janv.', previous: 6_500_000, current: 6_250_000 });
    expect(chart.rows[1]).toEqual({ month: 'févr.', previous: null, current: null });
    expect(plainSpaces(chart.summary)).toContain('diminue de 2,2 % en 2025 par rapport à 2024, à 48,1 GWh');
  });
});
