import type { Request } from 'express';
import { z } from 'zod';
import { AppError } from './app-error';

/** Parses a request part with a zod schema; reports every problem at once as a 400. */
export function parse<S extends z.ZodType>(schema: S, value: unknown, where: 'query' | 'params' | 'body'): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    in: where,
    field: issue.path.join('.'),
    message: issue.message,
  }));
  throw AppError.badRequest(`Invalid ${where}: ${details.map((d) => `${d.field || where} ${d.message}`).join('; ')}`, details);
}

export const query = <S extends z.ZodType>(req: Request, schema: S) => parse(schema, req.query, 'query');
export const params = <S extends z.ZodType>(req: Request, schema: S) => parse(schema, req.params, 'params');
export const body = <S extends z.ZodType>(req: Request, schema: S) => parse(schema, req.body, 'body');

/** Shared parameter schemas: the contracts BI tools call. */
export const inseeCode = z.string().regex(/^[0-9][0-9AB][0-9]{3}$/, 'must be an INSEE commune code such as 59350');
export const year = z.coerce.number().int().min(1990).max(2100);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
