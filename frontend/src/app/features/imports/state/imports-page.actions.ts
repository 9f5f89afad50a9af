import { createActionGroup, emptyProps, props } from '@ngrx/store';

/** One file of an upload, with the name it had on the agent's computer. */
export interface NamedFile {
  file: Blob;
  name: string;
}

/** One file, or several sent together as one all-or-nothing set (Etalab site + channel + measure files). */
export interface ChosenFile {
  kind: string;
  commune: string;
  files: NamedFile[];
  /** Counting files: the mobility they count when the file does not say it (the CLI's --kind). */
  siteKind: string | null;
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
