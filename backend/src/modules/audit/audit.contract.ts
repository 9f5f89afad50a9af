import { anyJson, arrayOf, int, mapOf, object, str } from '../../http/contract';
import { op, type Contract } from '../../http/contract';
import { listQuery } from './audit.schemas';

const entry = object({
  id: int(),
  at: str('ISO 8601 instant'),
  actor: str("email of the account, 'cli:<user>' for the command line"),
  action: str(
    'import, import.refused, import.rollback, alert.threshold, alert.acknowledge, alert.unacknowledge, fluids.alert.acknowledge, fluids.alert.unacknowledge, fluids.rule.create, fluids.rule.delete, comment.delete, login.failed, user.add, user.disable',
  ),
  commune_insee: str('null for accounts and failed logins', true),
  target: str("what was changed, e.g. 'degree-days:dju.csv' or 'vacancy_spike'", true),
  details: mapOf(anyJson(), 'what changed, by action (import_id and rows, old_value and new_value...)'),
});

export const auditContract: Contract = {
  '/audit': {
    get: op({
      id: 'getAudit',
      tag: 'Audit',
      summary: 'The audit log: who did what, when (role admin)',
      description:
        'Newest first. An admin limited to a commune reads only its entries (403 for another commune); ' +
        'entries without a commune (accounts, failed logins) are for unrestricted admins. Dates are days in Europe/Paris, both included.',
      access: ['admin'],
      query: listQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        action: 'An action or its dotted prefix: alert matches alert.threshold',
        actor: 'Only this actor (case-insensitive)',
        from: 'From this day, YYYY-MM-DD',
        to: 'Until this day included, YYYY-MM-DD',
        limit: 'Entries at most',
        format: 'json, or a file for Excel: csv (";", UTF-8 with BOM, French headers)',
      },
      responseDescription: 'Entries, newest first',
      response: arrayOf(entry),
      files: true,
    }),
  },
};
