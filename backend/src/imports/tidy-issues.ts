import type { ImportIssue } from './import-kind';

/** Longest value quoted in a report: enough to recognise it, never a 300 MB cell sent back. */
export const MAX_VALUE_CHARS = 60;

export function cut(text: string, max = MAX_VALUE_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Puts a parse's problems in the order a person fixes them and keeps the report small:
 * - a column said missing from the header ("colonne … absente", line 1) is said once: that column's problems on
 *   every line go;
 * - values are cut to 60 characters (columns too, reasons to 400);
 * - sorted by file (in the order they came) and line; the first `max` kept, the total counted.
 */
export function tidyIssues(issues: ImportIssue[], max: number): { kept: ImportIssue[]; total: number } {
  const headerColumns = new Set(
    issues
      .filter((i) => i.column !== null && (i.line === 1 || i.line === null) && /colonne.*absente/i.test(i.reason))
      .map((i) => `${i.file ?? ''}\u0000${i.column}`),
  );
  const fileOrder = new Map<string, number>();
  for (const i of issues) if (!fileOrder.has(i.file ?? '')) fileOrder.set(i.file ?? '', fileOrder.size);
  const relevant = issues.filter(
    (i) =>
      i.line === null || i.line <= 1 || i.column === null || !headerColumns.has(`${i.file ?? ''}\u0000${i.column}`),
  );
  const indexed = relevant.map((issue, index) => ({ issue, index }));
  indexed.sort(
    (a, b) =>
      fileOrder.get(a.issue.file ?? '')! - fileOrder.get(b.issue.file ?? '')! ||
      (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
      a.index - b.index,
  );
  const kept = indexed.slice(0, max).map(({ issue }) => ({
    ...issue,
    column: issue.column === null ? null : cut(issue.column),
    value: issue.value === null || issue.value === undefined ? null : cut(String(issue.value)),
    reason: cut(issue.reason, 400),
  }));
  return { kept, total: relevant.length };
}
