import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject, ZodOpenApiResponsesObject } from 'zod-openapi';

/**
 * The contract kit: what a module's `*.contract.ts` declares its operations with. Zod schemas are the one source: the
 * handlers validate requests with the same query, path and body schemas the contract names, the contract test
 * validates live responses with its response schemas, and openapi/document.ts generates /api/v1/openapi.json from
 * them (docs/adr/0014).
 */

/** Describes a schema for the document (no-op without a description). */
const described = <S extends z.ZodType>(schema: S, description?: string): S =>
  description ? schema.meta({ description }) : schema;

export const num = (description?: string, nullable = false) =>
  described(nullable ? z.number().nullable() : z.number(), description);
export const int = (description?: string, nullable = false) =>
  described(nullable ? z.number().int().nullable() : z.number().int(), description);
export const str = (description?: string, nullable = false) =>
  described(nullable ? z.string().nullable() : z.string(), description);
export const bool = (description?: string, nullable = false) =>
  described(nullable ? z.boolean().nullable() : z.boolean(), description);
/** A day AAAA-MM-JJ as PostgreSQL dates are sent (text, never a timestamp). */
export const day = (description?: string, nullable = false) =>
  described(nullable ? z.string().nullable() : z.string(), description);
/** A number PostgreSQL sends as text (numeric, bigint): exact, parsed by the client if it needs to. */
export const numeric = (description?: string, nullable = false) =>
  described(nullable ? z.string().nullable() : z.string(), description);
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, description?: string) =>
  described(z.enum(values), description);
/** Free JSON: a GeoJSON geometry, the details of an audit entry. */
export const anyJson = (description?: string) => described(z.unknown(), description);
/** A JSON object whose keys are data (a count per kind): values of one schema. */
export const mapOf = <S extends z.ZodType>(values: S, description?: string) =>
  described(z.record(z.string(), values), description);

/**
 * An object of the API: every field is listed (strict, so a field the server sends and the contract omits fails the
 * contract test); fields outside `required` may be absent.
 */
export function object<T extends Record<string, z.ZodType>>(
  properties: T,
  required: readonly (keyof T)[] = Object.keys(properties),
) {
  const shape = Object.fromEntries(
    Object.entries(properties).map(([key, schema]) => [key, required.includes(key) ? schema : schema.optional()]),
  ) as { [K in keyof T]: T[K] };
  return z.strictObject(shape);
}
export const arrayOf = <S extends z.ZodType>(items: S, description?: string) => described(z.array(items), description);

/** The one error body of the API (http/error-handler.ts). */
export const errorBody = z
  .object({
    error: z.object({
      code: z.string().meta({
        description:
          'Stable machine code: bad_request, unauthenticated, forbidden, csrf, not_found, conflict, unprocessable, ' +
          'too_large, invalid_credentials, too_many_requests, internal, database_unavailable (503 with Retry-After ' +
          'while PostgreSQL is down or restarting: try again)',
        example: 'bad_request',
      }),
      message: z.string().meta({
        description: 'A sentence in French for people, never internal detail',
        example: 'Paramètres invalides : commune doit être un code INSEE de commune, par exemple 59350',
      }),
      request_id: z
        .string()
        .optional()
        .meta({
          description:
            'On an internal error (500) only: the reference of the request in the server logs, also sent in the ' +
            'X-Request-Id header of every response',
        }),
      details: z
        .array(z.object({ in: z.string(), field: z.string(), message: z.string() }))
        .optional()
        .meta({
          description:
            'One item per invalid parameter: `in` (query, params, body) and `field` are stable, `message` is French',
        }),
    }),
  })
  .meta({
    id: 'Error',
    description:
      'Error messages are in French, for the people who read them on the dashboard, and may be reworded; `code` is ' +
      'the stable field for scripts.',
  });

const errorContent = { 'application/json': { schema: errorBody } };
const errors = {
  '400': { description: 'Invalid parameter', content: errorContent },
  '401': { description: 'Sign-in required', content: errorContent },
  '403': { description: 'Role or commune not allowed, or missing CSRF token on a write', content: errorContent },
  '404': { description: 'Not found', content: errorContent },
  '409': { description: 'Conflict with the data as it is', content: errorContent },
  '413': { description: 'Too large (IMPORT_MAX_FILE_MB, IMPORT_MAX_FILES)', content: errorContent },
  '422': { description: 'Refused by a rule of the data model', content: errorContent },
  '429': { description: 'Too many failed sign-ins: try again in a few minutes', content: errorContent },
  '503': { description: 'The database is unavailable for a moment: try again', content: errorContent },
} as const;
export type ErrorStatus = keyof typeof errors;

/** Who may call an operation: everyone (what the law makes public), or signed-in users of these roles. */
export type Access = 'public' | readonly string[];

/** The roles that may call an operation, in the document (`x-roles`; the contract test signs in as the first). */
export const rolesExtension = 'x-roles';

const mime = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export interface OperationSpec {
  /** Unique across the API, camelCase: the name client generators give the call. */
  id: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  query?: z.ZodObject;
  path?: z.ZodObject;
  body?: z.ZodType;
  /** Descriptions of the query and path parameters, by name, or `path.name` (the zod schemas validate, these explain). */
  docs?: Record<string, string>;
  /** The 200 (or `status`) JSON response. */
  response?: z.ZodType;
  responseDescription: string;
  status?: '200' | '201' | '204';
  /** format=csv|xlsx: the same rows as a file. */
  files?: boolean;
  /** Error statuses beyond the usual ones (400, 404, and 401/403 on a restricted operation). */
  errors?: ErrorStatus[];
  /** Extra responses as they are (a 422 with a report...). */
  responses?: ZodOpenApiResponsesObject;
  /** Other content types of the request body (a file upload). */
  requestContent?: NonNullable<ZodOpenApiOperationObject['requestBody']>;
}

/** Adds the docs' descriptions to the fields of a parameters object (the schemas themselves are not changed). */
function describeFields(schema: z.ZodObject, docs: Record<string, string>, where: 'query' | 'path'): z.ZodObject {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([name, field]) => {
      const description = docs[`${where}.${name}`] ?? docs[name];
      return [name, description ? (field as z.ZodType).meta({ description }) : field];
    }),
  );
  return z.object(shape);
}

/** One operation of the document, from its spec. */
export function op(spec: OperationSpec): ZodOpenApiOperationObject {
  const docs = spec.docs ?? {};
  const status = spec.status ?? '200';
  const content: Record<string, { schema: z.ZodType }> = {};
  if (spec.response) content['application/json'] = { schema: spec.response };
  if (spec.files) {
    content[mime.csv] = {
      schema: z.string().meta({ description: 'CSV: ";" separated, decimal comma, UTF-8 with BOM' }),
    };
    content[mime.xlsx] = { schema: z.string().meta({ format: 'binary' }) };
  }
  const restricted = spec.access !== 'public';
  const statuses: ErrorStatus[] = [
    '400',
    ...(restricted ? (['401', '403'] as const) : []),
    '404',
    ...(spec.errors ?? []),
    '503',
  ];
  const responses: ZodOpenApiResponsesObject = {
    [status]: { description: spec.responseDescription, ...(Object.keys(content).length ? { content } : {}) },
    ...Object.fromEntries([...new Set(statuses)].sort().map((code) => [code, errors[code]])),
    ...spec.responses,
  };
  return {
    operationId: spec.id,
    tags: [spec.tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    security: restricted ? [{ session: [] }] : [],
    ...(restricted ? { [rolesExtension]: [...spec.access] } : {}),
    requestParams: {
      ...(spec.query ? { query: describeFields(spec.query, docs, 'query') } : {}),
      ...(spec.path ? { path: describeFields(spec.path, docs, 'path') } : {}),
    },
    ...(spec.body || spec.requestContent
      ? {
          requestBody: spec.requestContent ?? {
            required: true,
            content: { 'application/json': { schema: spec.body! } },
          },
        }
      : {}),
    responses,
  };
}

/** A module's operations, by path and method. */
export type Contract = ZodOpenApiPathsObject;
