import {
  arrayOf,
  communeParam,
  errorResponses,
  int,
  object,
  queryParam,
  str,
} from '../../openapi/helpers';

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
const entry = object({
  id: int(),
  at: str('ISO 8601 instant'),
  actor: str("email of the account, 'cli:<user>' for the command line"),
  action: str(
    'import, import.refused, import.rollback, alert.threshold, alert.acknowledge, alert.unacknowledge, fluids.alert.acknowledge, fluids.alert.unacknowledge, fluids.rule.create, fluids.rule.delete, comment.delete, login.failed, user.add, user.disable',
  ),
  commune_insee: str('null for accounts and failed logins', true),
  target: str("what was changed, e.g. 'degree-days:dju.csv' or 'vacancy_spike'", true),
  details: {
    type: 'object',
    description: 'what changed, by action (import_id and rows, old_value and new_value...)',
  },
});

export const auditOpenApi = {
  '/audit': {
    get: {
      tags: ['Audit'],
      summary: 'The audit log: who did what, when (role admin)',
      description:
        'Newest first. An admin limited to a commune reads only its entries (403 for another commune); ' +
        'entries without a commune (accounts, failed logins) are for unrestricted admins. Dates are days in Europe/Paris, both included.',
      parameters: [
        { ...communeParam, required: false },
        queryParam(
          'action',
          { type: 'string', example: 'alert' },
          'An action or its dotted prefix: alert matches alert.threshold',
          false,
        ),
        queryParam(
          'actor',
          { type: 'string', format: 'email' },
          'Only this actor (case-insensitive)',
          false,
        ),
        queryParam('from', { type: 'string', format: 'date' }, 'From this day, YYYY-MM-DD', false),
        queryParam(
          'to',
          { type: 'string', format: 'date' },
          'Until this day included, YYYY-MM-DD',
          false,
        ),
        queryParam(
          'limit',
          { type: 'integer', minimum: 1, maximum: 500, default: 100 },
          'Entries at most',
          false,
        ),
        queryParam(
          'format',
          { type: 'string', enum: ['json', 'csv'], default: 'json' },
          'json, or a file for Excel: csv (";", UTF-8 with BOM, French headers)',
          false,
        ),
      ],
      responses: {
        '200': {
          description: 'Entries, newest first',
          content: {
            'application/json': { schema: arrayOf(entry) },
            'text/csv': { schema: { type: 'string' } },
          },
        },
        '400': errorResponses['400'],
        '401': { description: 'Not signed in', content: errorContent },
        '403': {
          description: 'Not an admin, or another commune than the account’s',
          content: errorContent,
        },
      },
    },
  },
};
