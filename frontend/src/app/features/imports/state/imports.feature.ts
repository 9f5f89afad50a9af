import { createFeature, createReducer, on } from '@ngrx/store';
import { LoadStatus } from '../../../core/context/context.feature';
import { ImportKindDoc, ImportRecord, ImportReport } from '../data-access/import-rows';
import { importsApiActions } from './imports-api.actions';
import { importsPageActions } from './imports-page.actions';

/**
 * Where the upload stands: choose a file, it is being checked (dry run), checked (report shown, nothing
 * written), being imported, imported (landed or refused).
 */
export type UploadStep = 'choose' | 'checking' | 'checked' | 'importing' | 'imported';

export type RollbackOutcome =
  { id: number; ok: true; restored: number; deleted: number } | { id: number; ok: false; error: string };

export interface ImportsState {
  commune: string | null;
  kinds: readonly ImportKindDoc[];
  history: readonly ImportRecord[];
  status: LoadStatus;
  error: string | null;
  selectedKind: string | null;
  step: UploadStep;
  report: ImportReport | null;
  uploadError: string | null;
  rollingBack: number | null;
  rollback: RollbackOutcome | null;
}

export const initialImportsState: ImportsState = {
  commune: null,
  kinds: [],
  history: [],
  status: 'idle',
  error: null,
  selectedKind: null,
  step: 'choose',
  report: null,
  uploadError: null,
  rollingBack: null,
  rollback: null,
};

export const importsFeature = createFeature({
  name: 'imports',
  reducer: createReducer(
    initialImportsState,
    on(importsPageActions.opened, (state, { commune }): ImportsState => ({
      ...state,
      commune,
      status: 'loading',
      error: null,
      history: commune === state.commune ? state.history : [],
      step: commune === state.commune ? state.step : 'choose',
      report: commune === state.commune ? state.report : null,
      rollback: null,
    })),
    on(importsPageActions.kindSelected, (state, { kind }): ImportsState => ({
      ...state,
      selectedKind: kind,
      step: 'choose',
      report: null,
      uploadError: null,
    })),
    on(importsApiActions.kindsLoaded, (state, { kinds }): ImportsState => ({
      ...state,
      kinds,
      selectedKind: state.selectedKind ?? kinds[0]?.kind ?? null,
    })),
    on(importsApiActions.historyLoaded, (state, { commune, history }): ImportsState =>
      commune === state.commune ? { ...state, history, status: 'loaded' } : state,
    ),
    on(importsApiActions.loadFailure, (state, { error }): ImportsState => ({
      ...state,
      status: 'error',
      error,
    })),
    on(importsPageActions.checkRequested, (state): ImportsState => ({
      ...state,
      step: 'checking',
      report: null,
      uploadError: null,
      rollback: null,
    })),
    on(importsApiActions.fileChecked, (state, { report }): ImportsState => ({
      ...state,
      step: 'checked',
      report,
    })),
    on(importsPageActions.importConfirmed, (state): ImportsState => ({
      ...state,
      step: 'importing',
      uploadError: null,
    })),
    on(importsApiActions.fileImported, (state, { report }): ImportsState => ({
      ...state,
      step: 'imported',
      report,
    })),
    on(importsApiActions.uploadFailure, (state, { error }): ImportsState => ({
      ...state,
      step: state.step === 'importing' ? 'checked' : 'choose',
      uploadError: error,
    })),
    on(importsPageActions.reportDismissed, (state): ImportsState => ({
      ...state,
      step: 'choose',
      report: null,
      uploadError: null,
    })),
    on(importsPageActions.rollbackConfirmed, (state, { id }): ImportsState => ({
      ...state,
      rollingBack: id,
      rollback: null,
    })),
    on(importsApiActions.rollbackSuccess, (state, { result }): ImportsState => ({
      ...state,
      rollingBack: null,
      rollback: {
        id: result.import_id,
        ok: true,
        restored: result.restored,
        deleted: result.deleted,
      },
    })),
    on(importsApiActions.rollbackFailure, (state, { id, error }): ImportsState => ({
      ...state,
      rollingBack: null,
      rollback: { id, ok: false, error },
    })),
  ),
});
