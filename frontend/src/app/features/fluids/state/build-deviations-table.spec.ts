import { plainSpaces } from '../../../core/i18n/format-value';
import { BUILDINGS_FIXTURE } from '../data-access/fluids-rows.fixture';
import { buildDeviations } from './build-deviations-table';

describe('the largest rises of energy', () => {
  it('lists the buildings whose corrected energy rose, the largest rise first', () => {
    const deviations = buildDeviations(BUILDINGS_FIXTURE, 2025, 'fr');

    expect(deviations.ids).toEqual(['LIL-GYM-002', 'LIL-PIS-001']);
    expect(plainSpaces(deviations.summary)).toBe(
      'Plus forte hausse de l’énergie corrigée du climat en 2025 : Complexe sportif Pierre de Coubertin (+2,6 %).',
    );
  });
});
