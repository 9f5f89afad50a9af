import { createActionGroup, props } from '@ngrx/store';
import { ImportKindDoc, ImportRecord, ImportReport, RollbackResult } from '../data-access/import-rows';

export const importsApiActions = createActionGroup({
  source: 'Imports API',
  events: {
    'Kinds Loaded': props<{ kinds: ImportKindDoc[] }>(),
    'History Loaded': props<{ commune: string; history: ImportRecord[] }>(),
    'Load Failure': props<{ error: string }>(),
    /** The dry run's answer: checked (no problem) or refused (the problems, line by line). */
    'File Checked': props<{ report: ImportReport }>(),
    /** The real run's answer: landed, or refused after all (nothing written). */
    'File Imported': props<{ report: ImportReport }>(),
    'Upload Failure': props<{ error: string }>(),
    'Rollback Success': props<{ result: RollbackResult; commune: string }>(),
    'Rollback Failure': props<{ id: number; error: string }>(),
  },
});
