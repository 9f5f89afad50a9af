/**
 * The API's types, generated from the back end's zod contracts (openapi.ts: `npm run api:types`, never edited by
 * hand). A feature types its calls and its fixtures with these, so a field the API renames or makes nullable fails
 * to compile where it is read (docs/adr/0014).
 */
import type { operations, paths } from './openapi';

export type { components, operations, paths } from './openapi';

/** The JSON body of an operation's success (200, else 201), by operationId. */
export type ApiResponse<Op extends keyof operations> = operations[Op]['responses'] extends infer R
  ? R extends { 200: { content: { 'application/json': infer Body } } }
    ? Body
    : R extends { 201: { content: { 'application/json': infer Body } } }
      ? Body
      : never
  : never;

/** One row of an operation that answers an array of rows. */
export type ApiRow<Op extends keyof operations> = ApiResponse<Op> extends readonly (infer Row)[] ? Row : never;

/** The query parameters of an operation, by operationId. */
export type ApiQuery<Op extends keyof operations> = operations[Op]['parameters'] extends { query?: infer Q }
  ? NonNullable<Q>
  : never;

/** The JSON body an operation takes. */
export type ApiBody<Op extends keyof operations> = operations[Op]['requestBody'] extends
  { content: { 'application/json': infer Body } } | undefined
  ? Body
  : never;

/** The paths of the API under /api/v1, as the document writes them. */
export type ApiPath = keyof paths;
