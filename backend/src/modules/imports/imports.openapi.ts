import { arrayOf, communeParam, get, int, jsonResponse, num, object, pathParam, queryParam, str } from '../../openapi/helpers';

const issue = object({
  line: int(), column: str(undefined, true), value: str('Cut to 60 characters', true), reason: str(),
  file: str('The file of a set the problem is in (several files only)', true),
});
const summary = object({
  rows: int(), communes: arrayOf(str()), years: arrayOf(int()), sites: int(),
  kinds: { type: 'object', additionalProperties: { type: 'integer' } }, notes: arrayOf(str()),
});
const report = object({
  import_id: int(), kind: str(), commune: str(), file_name: str('The file, or the files of a set joined by ", "'),
  files: arrayOf(str()), status: str('landed, refused or checked (dry run)'),
  rows_read: int(), rows_written: int(), rows_unchanged: int(), issues: arrayOf(issue),
  issues_total: int('Problems found in all (issues keeps the first 1 000)'), warnings: arrayOf(issue),
  summary: { ...summary, nullable: true }, duration_ms: num(),
});

export const importsOpenApi = {
  '/imports/kinds': get('Imports', 'Import kinds with their documented columns (roles admin, agent, elected)', [], jsonResponse('Kinds', arrayOf({ type: 'object' }))),
  '/imports': get('Imports', 'History of imports: who, when, what (roles admin, agent, elected)', [
    { ...communeParam, required: false }, queryParam('kind', { type: 'string' }, 'Only this kind', false),
  ], jsonResponse('Imports, latest first', arrayOf({ type: 'object' }))),
  '/imports/{id}': get('Imports', 'One import with its line-by-line report', [pathParam('id', 'Import id')], jsonResponse('Import', { type: 'object' })),
  '/imports/{id}/rollback': {
    post: { tags: ['Imports'], summary: 'Rolls back a landed import (the latest of its kind and commune); roles admin, agent',
      description: 'Whoever could have made the import may undo it: an import of another commune is an unknown id (404) to a user limited to one commune; a communes import (no commune) is for admins not limited to a commune (403 otherwise).',
      parameters: [pathParam('id', 'Import id')],
      responses: jsonResponse('Rolled back', object({ import_id: int(), status: str(), restored: int(), deleted: int() })) },
  },
  '/imports/{kind}': {
    post: {
      tags: ['Imports'],
      summary: 'Imports a file sent as the request body, or several files as `file` parts of a multipart form (one set); roles admin, agent',
      description: 'All or nothing; with dry_run=true every line is checked and nothing is written. 422 with the report when refused; 413 past IMPORT_MAX_FILE_MB or IMPORT_MAX_FILES. The files are checked in a worker thread: the server keeps answering meanwhile. A user limited to one commune imports for that commune only (403 otherwise); the communes kind is for admins not limited to a commune.',
      parameters: [pathParam('kind', 'budget, debt, programmes, buildings, readings, degree-days, premises, counting-sites, counts, interventions, quartiers, communes'),
        { ...communeParam, required: false }, queryParam('dry_run', { type: 'boolean' }, 'Validate only', false),
        queryParam('file_name', { type: 'string' }, 'Original file name (or header X-File-Name)', false),
        queryParam('kind', { type: 'string', enum: ['pedestrian', 'bike', 'car', 'facility'] }, 'Counting files: the mobility type when the file does not say it (CLI --kind)', false)],
      requestBody: {
        required: true,
        content: {
          'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
          'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'array', items: { type: 'string', format: 'binary' } } } } },
        },
      },
      responses: {
        ...jsonResponse('Landed or checked', report),
        '413': { description: 'File too large, or too many files (IMPORT_MAX_FILE_MB, IMPORT_MAX_FILES)' },
        '422': { description: 'Refused: nothing written', content: { 'application/json': { schema: report } } },
      },
    },
  },
};
