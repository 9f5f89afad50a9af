import type { Request } from 'express';
import { z } from 'zod';
import { AppError } from './app-error';

/**
 * The API speaks French (its readers are finance agents and elected officials): zod's own messages too, set once
 * for the whole process, here where validation lives (every route imports this module). A missing value says so
 * plainly rather than "indéfini reçu".
 */
z.config({
  ...z.locales.fr(),
  customError: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'est obligatoire' : undefined),
});

const invalid = { query: 'Paramètres invalides', params: 'Adresse invalide', body: 'Données envoyées invalides' } as const;

/**
 * One problem in words: "commune doit être…" reads on after the field's name; a sentence of its own (zod's, or a
 * refine's) goes in brackets after it.
 */
function describe(field: string, message: string): string {
  if (!field) return message;
  if (/^\p{Ll}/u.test(message)) return `${field} ${message}`;
  return `${field} (${message.charAt(0).toLowerCase()}${message.slice(1)})`;
}

/** Parses a request part with a zod schema; reports every problem at once as a 400. */
export function parse<S extends z.ZodType>(schema: S, value: unknown, where: 'query' | 'params' | 'body'): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    in: where,
    field: issue.path.join('.'),
    message: issue.message,
  }));
  throw AppError.badRequest(`${invalid[where]} : ${details.map((d) => describe(d.field, d.message)).join(' ; ')}`, details);
}

export const query = <S extends z.ZodType>(req: Request, schema: S) => parse(schema, req.query, 'query');
export const params = <S extends z.ZodType>(req: Request, schema: S) => parse(schema, req.params, 'params');
export const body = <S extends z.ZodType>(req: Request, schema: S) => parse(schema, req.body, 'body');

/** Shared parameter schemas: the contracts BI tools call. */
export const inseeCode = z.string().regex(/^[0-9][0-9AB][0-9]{3}$/, 'doit être un code INSEE de commune, par exemple 59350');
export const year = z.coerce.number().int().min(1990).max(2100);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'doit être une date AAAA-MM-JJ');
