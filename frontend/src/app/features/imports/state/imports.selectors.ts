import { createSelector } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { level } from '../../../shared/summaries/sentence-parts';
import { ImportIssue, ImportKindDoc, ImportRecord, ImportReport } from '../data-access/import-rows';
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
  /** "1 234 problèmes en tout ; les 1 000 premiers…" when the report keeps only the first ones; else null. */
  issuesTotal: string | null;
  /** What would land (dry run) or landed, as label / value pairs; null for a refused file. */
  facts: SummaryView | null;
  /** Notes that refused nothing (repeated days resolved, third-party operations merged...). */
  warnings: readonly string[];
}

export interface SummaryView {
  title: string;
  items: readonly { label: string; value: string }[];
  /** Rows or sites per kind (budget documents, kinds of mobility...). */
  perKind: readonly { label: string; value: string }[];
  notes: readonly string[];
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
  const several = (report.files?.length ?? 0) > 1;
  const total = report.issues_total ?? report.issues.length;
  return {
    status: report.status,
    fileName: report.file_name,
    summary: summarizeReport(report, dryRun, lang),
    canImport: report.status === 'checked',
    issuesTotal:
      total > report.issues.length
        ? translate(lang, 'imports.report.issuesTotal', {
            total: level(total, 'integer', lang),
            shown: level(report.issues.length, 'integer', lang),
          })
        : null,
    facts: buildSummaryView(report, lang),
    warnings: (report.warnings ?? []).map((w) => placeOf(w, several) + w.reason),
    columns: [
      ...(several ? [{ key: 'file', label: translate(lang, 'imports.issue.file'), kind: 'text' } as const] : []),
      { key: 'line', label: translate(lang, 'imports.issue.line'), kind: 'integer' },
      { key: 'column', label: translate(lang, 'imports.issue.column'), kind: 'text' },
      { key: 'value', label: translate(lang, 'imports.issue.value'), kind: 'text' },
      { key: 'reason', label: translate(lang, 'imports.issue.reason'), kind: 'text' },
    ],
    issues: report.issues.map((issue) => ({
      ...(several ? { file: issue.file ?? '—' } : {}),
      line: issue.line,
      column: issue.column ?? '—',
      value: issue.value ?? '—',
      reason: issue.reason,
    })),
  };
}

/** Where a note stands: "ligne 12 : ", "mesures.csv, ligne 12 : " in a set, nothing for a whole-file note. */
function placeOf(issue: ImportIssue, several: boolean): string {
  const file = several && issue.file ? issue.file : null;
  if (issue.line === null) return file ? `${file} : ` : '';
  return `${file ? `${file}, ` : ''}ligne ${issue.line} : `;
}

/**
 * The summary of what landed (or would): rows, files, communes, years, sites, then rows per kind and the kind's own
 * notes (layouts recognised, budgets, documents...). A refused file has none: nothing would land.
 */
export function buildSummaryView(report: ImportReport, lang: Lang): SummaryView | null {
  if (report.status === 'refused' || !report.summary) return null;
  const s = report.summary;
  const n = (value: number) => level(value, 'integer', lang);
  const items: { label: string; value: string }[] = [
    { label: translate(lang, 'imports.summary.rows'), value: n(s.rows) },
  ];
  if ((report.files?.length ?? 0) > 1)
    items.push({ label: translate(lang, 'imports.summary.files'), value: report.files!.join(', ') });
  if (s.communes?.length)
    items.push({ label: translate(lang, 'imports.summary.communes'), value: s.communes.join(', ') });
  if (s.years?.length) items.push({ label: translate(lang, 'imports.summary.years'), value: s.years.join(', ') });
  if (s.sites !== undefined) items.push({ label: translate(lang, 'imports.summary.sites'), value: n(s.sites) });
  if (report.status === 'landed') {
    items.push({ label: translate(lang, 'imports.summary.written'), value: n(report.rows_written) });
    items.push({ label: translate(lang, 'imports.summary.unchanged'), value: n(report.rows_unchanged) });
  }
  return {
    title: translate(lang, report.status === 'landed' ? 'imports.summary.titleLanded' : 'imports.summary.title'),
    items,
    perKind: Object.entries(s.kinds ?? {}).map(([label, value]) => ({ label, value: n(value) })),
    notes: s.notes ?? [],
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
