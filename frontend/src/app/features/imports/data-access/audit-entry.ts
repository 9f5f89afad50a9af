/** One line of the audit log (`GET /api/v1/audit?commune=`), newest first. */
export interface AuditEntry {
  id: number;
  /** ISO instant. */
  at: string;
  /** Email of the account, or `cli:<user>` for the command line. */
  actor: string;
  /** e.g. `import`, `import.rollback`, `alert.threshold`, `fluids.rule.create`, `comment.delete`, `user.add`. */
  action: string;
  commune_insee: string | null;
  /** What was changed, e.g. `degree-days:dju.csv` or `vacancy_spike`. */
  target: string | null;
  /** What changed, by action (import_id and rows, old_value and new_value…). */
  details: Readonly<Record<string, unknown>>;
}
