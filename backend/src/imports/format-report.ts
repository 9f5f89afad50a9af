import type { ImportIssue, ImportSummary } from './import-kind';
import { frenchInteger } from './limits';
import type { ImportReport } from './run-import';

const seconds = (ms: number) => (ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 });

/** Problems of one kind listed on one line: at most this many line ranges, then a count. */
const MAX_RANGES = 20;
/** Kinds of problems printed before "… et N autres". */
const MAX_GROUPS = 40;

/** The report a finance agent reads in a terminal: what landed (or would land), or every problem grouped. */
export function formatReport(report: ImportReport): string {
  const what = `Import ${report.kind} « ${report.file_name} »${report.commune ? ` (commune ${report.commune})` : ''}`;
  const warnings = report.warnings?.length
    ? `\n  À savoir (${frenchInteger(report.warnings.length)}, rien de refusé) :\n${groupIssues(report.warnings, report.files).join('\n')}`
    : '';
  if (report.status === 'checked') {
    return (
      `✔ ${what} : vérifié sans erreur, ${report.rows_read} lignes prêtes à importer (rien n'a été écrit : --dry-run).` +
      `${formatSummary(report.summary)}${warnings}`
    );
  }
  if (report.status === 'landed') {
    return (
      `✔ ${what} : ${report.rows_read} lignes lues, ${report.rows_written} écrites, ${report.rows_unchanged} déjà à jour ` +
      `(import n° ${report.import_id}, ${seconds(report.duration_ms)} s).${formatSummary(report.summary)}${warnings}`
    );
  }
  const total = report.issues_total ?? report.issues.length;
  const lines = groupIssues(report.issues, report.files);
  const shown =
    lines.length > MAX_GROUPS
      ? [
          ...lines.slice(0, MAX_GROUPS),
          `  … et ${frenchInteger(lines.length - MAX_GROUPS)} autres sortes de problèmes (le rapport complet : --json)`,
        ]
      : lines;
  const beyond =
    total > report.issues.length
      ? `\n  (${frenchInteger(total)} problèmes en tout : les ${frenchInteger(report.issues.length)} premiers sont détaillés ci-dessus)`
      : '';
  return `✘ ${what} refusé : rien n'a été écrit. ${frenchInteger(total)} problème${total > 1 ? 's' : ''} :\n${shown.join('\n')}${beyond}`;
}

/** "Ce qui serait importé : 8 760 lignes ; commune 59350 ; années 2023, 2024 ; 3 sites ; vélos : 2, piétons : 1". */
export function formatSummary(summary: ImportSummary | null | undefined): string {
  if (!summary) return '';
  const parts = [`${frenchInteger(summary.rows)} ligne${summary.rows > 1 ? 's' : ''}`];
  if (summary.communes?.length)
    parts.push(`commune${summary.communes.length > 1 ? 's' : ''} ${summary.communes.join(', ')}`);
  if (summary.years?.length) parts.push(`année${summary.years.length > 1 ? 's' : ''} ${summary.years.join(', ')}`);
  if (summary.sites !== undefined) parts.push(`${frenchInteger(summary.sites)} site${summary.sites > 1 ? 's' : ''}`);
  if (summary.kinds && Object.keys(summary.kinds).length) {
    parts.push(
      Object.entries(summary.kinds)
        .map(([k, n]) => `${k} : ${frenchInteger(n)}`)
        .join(', '),
    );
  }
  const notes = (summary.notes ?? []).map((n) => `\n  - ${n}`).join('');
  return `\n  Contenu : ${parts.join(' ; ')}.${notes}`;
}

/**
 * One line per kind of problem (same file, column and reason), its lines as ranges: "lignes 12 à 60, 75 et 80 à 82",
 * at most 20 ranges then "et N autres lignes"; one value quoted as an example.
 */
export function groupIssues(issues: ImportIssue[], files: string[] = []): string[] {
  const groups = new Map<string, ImportIssue[]>();
  for (const issue of issues) {
    const key = `${issue.file ?? ''}\u0000${issue.column ?? ''}\u0000${issue.reason}`;
    const group = groups.get(key);
    if (group) group.push(issue);
    else groups.set(key, [issue]);
  }
  const showFile = files.length > 1 || issues.some((i) => i.file && !files.includes(i.file));
  return [...groups.values()].map((group) => {
    const first = group[0];
    const lines = [...new Set(group.map((i) => i.line).filter((l): l is number => l !== null))].sort((a, b) => a - b);
    const values = [...new Set(group.map((i) => i.value).filter((v): v is string => v !== null && v !== undefined))];
    const where = [
      showFile && first.file ? `fichier ${first.file}` : null,
      lines.length ? lineRanges(lines) : null,
      first.column ? `colonne ${first.column}` : null,
      values.length === 1 ? `valeur « ${values[0]} »` : null,
    ]
      .filter(Boolean)
      .join(', ');
    const example = values.length > 1 ? ` (par exemple « ${values[0]} »)` : '';
    return `  - ${where ? `${where} : ` : ''}${first.reason}${example}`;
  });
}

/** [3, 4, 5, 9, 12, 13] -> "lignes 3 à 5, 9 et 12 à 13"; past 20 ranges, "… et N autres lignes". */
export function lineRanges(lines: number[]): string {
  if (lines.length === 1) return `ligne ${lines[0]}`;
  const ranges: [number, number][] = [];
  for (const line of lines) {
    const last = ranges[ranges.length - 1];
    if (last && line === last[1] + 1) last[1] = line;
    else ranges.push([line, line]);
  }
  const text = ranges.slice(0, MAX_RANGES).map(([a, b]) => (a === b ? `${a}` : `${a} à ${b}`));
  const rest = ranges.slice(MAX_RANGES).reduce((n, [a, b]) => n + b - a + 1, 0);
  if (rest > 0)
    return `lignes ${text.join(', ')} et ${frenchInteger(rest)} autre${rest > 1 ? 's' : ''} ligne${rest > 1 ? 's' : ''}`;
  return `lignes ${text.length > 1 ? `${text.slice(0, -1).join(', ')} et ${text[text.length - 1]}` : text[0]}`;
}
