import { ALERTS_FIXTURE, BUILDING_MONTHS_FIXTURE } from '../data-access/fluids-rows.fixture';
import { BuildingMonthRow } from '../data-access/fluids-rows';
import { initialFluidsState } from './fluids.feature';
import { selectBuildingFluid } from './fluids.selectors';

describe('the fluid of a building page chart', () => {
  const electricity: BuildingMonthRow[] = BUILDING_MONTHS_FIXTURE.map((row) => ({
    ...row,
    fluid: 'electricity',
    unit: 'kWh',
  }));
  const months = [...electricity, ...BUILDING_MONTHS_FIXTURE];
  const building = (fluid: string | null, alerts = ALERTS_FIXTURE) => ({
    ...initialFluidsState.building,
    months,
    alerts,
    fluid,
  });

  it('opens on the fluid of the costliest alert the building has, so a leak shows at once', () => {
    // the trajectory alert is about all energy, not a fluid of the chart: the water leak comes next
    expect(selectBuildingFluid.projector(building(null))).toBe('water');
  });

  it('keeps the fluid the reader picked', () => {
    expect(selectBuildingFluid.projector(building('electricity'))).toBe('electricity');
  });

  it('opens on the first fluid when the building has no alert', () => {
    expect(selectBuildingFluid.projector(building(null, []))).toBe('electricity');
  });
});
