import { TranslationKey } from '../../../core/i18n/dictionaries';
import { ImportStatus } from '../data-access/import-rows';

/** The kinds in the finance agent's words; an unknown kind shows the API's own description. */
export const KIND_LABELS: Readonly<Record<string, TranslationKey>> = {
  communes: 'imports.kind.communes',
  quartiers: 'imports.kind.quartiers',
  'degree-days': 'imports.kind.degreeDays',
  buildings: 'imports.kind.buildings',
  readings: 'imports.kind.readings',
  premises: 'imports.kind.premises',
  'counting-sites': 'imports.kind.countingSites',
  counts: 'imports.kind.counts',
  budget: 'imports.kind.budget',
  'budget-scdl': 'imports.kind.budget',
  debt: 'imports.kind.debt',
  programmes: 'imports.kind.programmes',
  interventions: 'imports.kind.interventions',
};

export const STATUS_LABELS: Readonly<Record<ImportStatus, TranslationKey>> = {
  running: 'imports.status.running',
  landed: 'imports.status.landed',
  refused: 'imports.status.refused',
  rolled_back: 'imports.status.rolledBack',
};
