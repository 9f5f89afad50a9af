import { QUARTIER_SUMMARIES_FIXTURE, QUARTIERS_FIXTURE } from '../../../shared/quartiers/quartier.fixture';
import { PROGRAMMES_FIXTURE } from '../../alerts/data-access/budget-data.fixture';
import { OVERVIEW_ROWS_FIXTURE } from '../../overview/data-access/overview-row.fixture';
import { PresentationData } from './presentation-rows';

/** Fives (id 2): 20 000 inhabitants, 2,4 M€ invested (120 €/inh.), 9 buildings, 230 premises of which 32 vacant. */
export const PRESENTATION_FIXTURE: PresentationData = {
  quartiers: QUARTIERS_FIXTURE,
  summaries: QUARTIER_SUMMARIES_FIXTURE,
  programmes: PROGRAMMES_FIXTURE,
  operations: [
    {
      programme_id: 'P1',
      name: 'Piscine de Fives',
      status: 'in_progress',
      year: 2025,
      cp_executed_eur: 1_800_000,
      ap_amount_eur: 12_000_000,
      quartier_id: 2,
      quartier: 'Fives',
      building_name: 'Piscine de Fives',
      street: null,
    },
    {
      programme_id: 'P9',
      name: 'Voirie rue Pierre Legrand',
      status: 'in_progress',
      year: 2025,
      cp_executed_eur: 600_000,
      ap_amount_eur: 900_000,
      quartier_id: 2,
      quartier: 'Fives',
      building_name: null,
      street: 'rue Pierre Legrand',
    },
    {
      programme_id: 'P2',
      name: 'École Lakanal',
      status: 'in_progress',
      year: 2025,
      cp_executed_eur: 9_000_000,
      ap_amount_eur: 1_000_000,
      quartier_id: 1,
      quartier: 'Wazemmes',
      building_name: null,
      street: null,
    },
  ],
  overview: OVERVIEW_ROWS_FIXTURE,
  streets: [
    {
      month: '2025-12',
      street: 'rue Pierre Legrand',
      quartier: 'Fives',
      premises: 60,
      vacant: 12,
      vacancy_rate: 0.2,
      footfall_mean_daily: 4210.4,
      footfall_change_12m: -0.08,
    },
    {
      month: '2025-12',
      street: 'rue de Lannoy',
      quartier: 'Fives',
      premises: 20,
      vacant: 1,
      vacancy_rate: 0.05,
      footfall_mean_daily: null,
      footfall_change_12m: null,
    },
    {
      month: '2025-12',
      street: 'rue des Postes',
      quartier: 'Wazemmes',
      premises: 80,
      vacant: 4,
      vacancy_rate: 0.05,
      footfall_mean_daily: 9000,
      footfall_change_12m: 0.02,
    },
  ],
};
