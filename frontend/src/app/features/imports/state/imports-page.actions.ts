import { createActionGroup, emptyProps, props } from '@ngrx/store';

export interface ChosenFile {
  kind: string;
  commune: string;
  file: Blob;
  fileName: string;
}

/** What the finance agent does on the imports page. */
export const importsPageActions = createActionGroup({
  source: 'Imports Page',
  events: {
    Opened: props<{ commune: string }>(),
    'Kind Selected': props<{ kind: string }>(),
    /** "Vérifier le fichier": a dry run, nothing is written. */
    'Check Requested': props<ChosenFile>(),
    /** "Importer": after a clean check, the same file lands. */
    'Import Confirmed': props<ChosenFile>(),
    'Report Dismissed': emptyProps(),
    'Rollback Confirmed': props<{ id: number; commune: string }>(),
    /** The audit log could not be read: "Réessayer". */
    'Audit Log Retried': props<{ commune: string }>(),
  },
});
