import { z } from 'zod';
import { arrayOf, bool, int, mapOf, num, object, oneOf, str } from '../../http/contract';
import { op, type Contract } from '../../http/contract';
import { idParams, importParams, listQuery, uploadParams, uploadQuery } from './imports.schemas';
import { editors, staff } from '../auth/roles';

const issue = object(
  {
    line: int('null for a problem of the whole file', true),
    column: str(undefined, true),
    value: str('Cut to 60 characters', true),
    reason: str(),
    file: str('The file of a set the problem is in (several files only)', true),
  },
  ['line', 'column', 'value', 'reason'],
);
const summary = object(
  {
    rows: int(),
    communes: arrayOf(str()),
    years: arrayOf(int()),
    sites: int('Counting files: the sites counted'),
    kinds: mapOf(int(), 'Counting files: rows per mobility kind'),
    notes: arrayOf(str()),
  },
  ['rows', 'communes', 'years', 'notes'],
);
const report = object({
  import_id: int('null for a dry run or a refused file (nothing landed)', true),
  kind: str(),
  commune: str(),
  file_name: str('The file, or the files of a set joined by ", "'),
  files: arrayOf(str()),
  status: oneOf(['landed', 'refused', 'checked'], 'checked: a dry run, nothing written'),
  rows_read: int(),
  rows_written: int(),
  rows_unchanged: int(),
  issues: arrayOf(issue),
  issues_total: int('Problems found in all (issues keeps the first 1 000)'),
  warnings: arrayOf(issue),
  summary: summary.nullable(),
  duration_ms: num(),
});

const binary = z.string().meta({ format: 'binary' });

const importFields = {
  id: int(),
  kind: str(),
  commune_insee: str('null for a communes import', true),
  file_name: str(undefined, true),
  status: oneOf(['running', 'landed', 'refused', 'rolled_back']),
  rows_read: int(),
  rows_written: int(),
  imported_by: str("email of the account, 'cli:<user>' for the command line"),
  started_at: str('ISO 8601 instant'),
  finished_at: str('ISO 8601 instant', true),
};
const importRow = object({ ...importFields, issues: int('Problems found in the file') });
const importDetail = object({ ...importFields, file_sha256: str(undefined, true), errors: arrayOf(issue) });
const kindDoc = object({
  kind: str(),
  description: str(),
  formats: arrayOf(str()),
  columns: arrayOf(
    object(
      { name: str(), required: bool(), description: str(), aliases: arrayOf(str('Other headers read as this column')) },
      ['name', 'required', 'description'],
    ),
  ),
});

export const importsContract: Contract = {
  '/imports/kinds': {
    get: op({
      id: 'getImportsKinds',
      tag: 'Imports',
      summary: 'Import kinds with their documented columns (roles admin, agent, elected)',
      access: staff,
      responseDescription: 'Kinds',
      response: arrayOf(kindDoc),
    }),
  },
  '/imports': {
    get: op({
      id: 'getImports',
      tag: 'Imports',
      summary: 'History of imports: who, when, what (roles admin, agent, elected)',
      access: staff,
      query: listQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        kind: 'Only this kind',
      },
      responseDescription: 'Imports, latest first',
      response: arrayOf(importRow),
    }),
  },
  '/imports/{kind_or_id}': {
    get: op({
      id: 'getImport',
      tag: 'Imports',
      summary: 'One import with its line-by-line report',
      access: staff,
      path: importParams,
      docs: { kind_or_id: 'Import id' },
      responseDescription: 'Import',
      response: importDetail,
    }),
    post: op({
      id: 'importFile',
      tag: 'Imports',
      summary:
        'Imports a file sent as the request body, or several files as `file` parts of a multipart form (one set); roles admin, agent',
      description:
        'All or nothing; with dry_run=true every line is checked and nothing is written. 422 with the report when refused; 413 past IMPORT_MAX_FILE_MB or IMPORT_MAX_FILES. The files are checked in a worker thread: the server keeps answering meanwhile. A user limited to one commune imports for that commune only (403 otherwise); the communes kind is for admins not limited to a commune.',
      access: editors,
      query: uploadQuery,
      path: uploadParams,
      docs: {
        'path.kind_or_id':
          'The kind of file: budget, debt, programmes, buildings, readings, degree-days, premises, counting-sites, counts, interventions, quartiers, communes…',
        kind: 'Counting files: the mobility type when the file does not say it (CLI --kind)',
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        dry_run: 'Validate only',
        file_name: 'Original file name (or header X-File-Name)',
      },
      responseDescription: 'Landed or checked',
      response: report,
      errors: ['413'],
      responses: {
        '422': { description: 'Refused: nothing written', content: { 'application/json': { schema: report } } },
      },
      requestContent: {
        required: true,
        content: {
          'application/octet-stream': { schema: binary },
          'multipart/form-data': { schema: z.object({ file: z.array(binary) }) },
        },
      },
    }),
  },
  '/imports/{id}/rollback': {
    post: op({
      id: 'rollbackImport',
      tag: 'Imports',
      summary: 'Rolls back a landed import (the latest of its kind and commune); roles admin, agent',
      description:
        'Whoever could have made the import may undo it: an import of another commune is an unknown id (404) to a user limited to one commune; a communes import (no commune) is for admins not limited to a commune (403 otherwise).',
      access: editors,
      path: idParams,
      docs: { id: 'Import id' },
      responseDescription: 'Rolled back',
      response: object({ import_id: int(), status: oneOf(['rolled_back']), restored: int(), deleted: int() }),
    }),
  },
};
