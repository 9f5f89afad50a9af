import { createSelector } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { ImportKindDoc, ImportRecord, ImportReport } from '../data-access/import-rows';
import { KIND_LABELS, STATUS_LABELS } from './import-labels';
import { importsFeature, RollbackOutcome, UploadStep } from './imports.feature';
import { summarizeReport } from './report-summary';

export interface KindOption {
  kind: string;
  label: string;
  formats: string;
}

export interface ReportView {
  status: ImportReport['status'];
  fileName: string;
  summary: string;
  /** A clean dry run: the same file may now be imported. */
  canImport: boolean;
  columns: readonly TableColumn[];
  issues: readonly TableRow[];
}

export interface HistoryRow {
  id: number;
  kind: string;
  fileName: string;
  status: string;
  statusCode: ImportRecord['status'];
  startedAt: string;
  by: string;
  rowsWritten: number;
  issues: number;
  /** Only the latest landed import of a kind can be taken back (a later one may build on it). */
  canRollBack: boolean;
}

export function kindLabel(kinds: readonly ImportKindDoc[], kind: string, lang: Lang): string {
  const key = KIND_LABELS[kind];
  return key ? translate(lang, key) : (kinds.find((doc) => doc.kind === kind)?.description ?? kind);
}

export function buildReportView(report: ImportReport | null, step: UploadStep, lang: Lang): ReportView | null {
  if (!report) return null;
  const dryRun = step === 'checked' || step === 'checking';
  return {
    status: report.status,
    fileName: report.file_name,
    summary: summarizeReport(report, dryRun, lang),
    canImport: report.status === 'checked',
    columns: [
      { key: 'line', label: translate(lang, 'imports.issue.line'), kind: 'integer' },
      { key: 'column', label: translate(lang, 'imports.issue.column'), kind: 'text' },
      { key: 'value', label: translate(lang, 'imports.issue.value'), kind: 'text' },
      { key: 'reason', label: translate(lang, 'imports.issue.reason'), kind: 'text' },
    ],
    issues: report.issues.map((issue) => ({
      line: issue.line,
      column: issue.column ?? '—',
      value: issue.value ?? '—',
      reason: issue.reason,
    })),
  };
}

export function buildHistoryRows(
  history: readonly ImportRecord[],
  kinds: readonly ImportKindDoc[],
  lang: Lang,
): HistoryRow[] {
  const latestLanded = new Map<string, number>();
  for (const record of history) {
    if (record.status !== 'landed') continue;
    latestLanded.set(record.kind, Math.max(latestLanded.get(record.kind) ?? 0, record.id));
  }
  return history.map((record) => ({
    id: record.id,
    kind: kindLabel(kinds, record.kind, lang),
    // a file name is optional in the imports table (an import made without one)
    fileName: record.file_name ?? '',
    status: translate(lang, STATUS_LABELS[record.status] ?? 'imports.status.running'),
    statusCode: record.status,
    startedAt: record.started_at,
    by: record.imported_by,
    rowsWritten: record.rows_written,
    issues: record.issues,
    canRollBack: record.status === 'landed' && latestLanded.get(record.kind) === record.id,
  }));
}

export function rollbackMessage(outcome: RollbackOutcome | null, lang: Lang): string | null {
  if (!outcome) return null;
  return outcome.ok
    ? translate(lang, 'imports.rollback.done', {
        id: outcome.id,
        restored: outcome.restored,
        deleted: outcome.deleted,
      })
    : translate(lang, 'imports.rollback.failed', { id: outcome.id, error: outcome.error });
}

const { selectLang, selectCurrentCommune } = contextFeature;

export const selectKindOptions = createSelector(importsFeature.selectKinds, selectLang, (kinds, lang): KindOption[] =>
  kinds.map((doc) => ({
    kind: doc.kind,
    label: kindLabel(kinds, doc.kind, lang),
    formats: doc.formats.join(', '),
  })),
);

export const selectSelectedKindDoc = createSelector(
  importsFeature.selectKinds,
  importsFeature.selectSelectedKind,
  (kinds, kind) => kinds.find((doc) => doc.kind === kind) ?? null,
);

export const selectImportsViewModel = createSelector({
  communeName: createSelector(selectCurrentCommune, (commune) => commune?.name ?? ''),
  status: importsFeature.selectStatus,
  error: importsFeature.selectError,
  kinds: selectKindOptions,
  selectedKind: importsFeature.selectSelectedKind,
  kindDoc: selectSelectedKindDoc,
  step: importsFeature.selectStep,
  uploadError: importsFeature.selectUploadError,
  report: createSelector(importsFeature.selectReport, importsFeature.selectStep, selectLang, buildReportView),
  history: createSelector(importsFeature.selectHistory, importsFeature.selectKinds, selectLang, buildHistoryRows),
  rollingBack: importsFeature.selectRollingBack,
  rollbackMessage: createSelector(importsFeature.selectRollback, selectLang, rollbackMessage),
  rollbackOk: createSelector(importsFeature.selectRollback, (outcome) => outcome?.ok ?? null),
});
