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

const invalid = {
  query: 'Paramètres invalides',
  params: 'Adresse invalide',
  body: 'Données envoyées invalides',
} as const;

/**
 * One problem in words: "commune doit être…" reads on after the field's name; a sentence of its own (zod's, or a
 * refine's) goes in brackets after it.
 */
function describe(field: string, message: string): string {
  if (!field) return message;
  if (/^\p{Ll}/u.test(message)) return `${field} ${message}`;
  return `${field} (${message.charAt(0).toLowerCase()}${message.slice(1)})`;
}

/**
 * Parses a request part with a zod schema; reports every problem at once as a 400. A NUL character anywhere in the
 * part (PostgreSQL text cannot hold one) is refused here too, for every endpoint, before any query sees it.
 */
export function parse<S extends z.ZodType>(schema: S, value: unknown, where: 'query' | 'params' | 'body'): z.infer<S> {
  const nulFields = fieldsWithNul(value);
  const result = nulFields.length ? undefined : schema.safeParse(value);
  if (result?.success) return result.data;
  const details = result
    ? result.error.issues.map((issue) => ({ in: where, field: issue.path.join('.'), message: issue.message }))
    : nulFields.map((field) => ({ in: where, field, message: 'contient un caractère nul (\\0), interdit' }));
  throw AppError.badRequest(
    `${invalid[where]} : ${details.map((d) => describe(d.field, d.message)).join(' ; ')}`,
    details,
  );
}

/** The paths (a.b.0) of the strings, keys included, that hold a NUL character. */
function fieldsWithNul(value: unknown, at: string[] = [], found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes('\0')) found.push(at.join('.'));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\0')) found.push([...at, key.replaceAll('\0', '\\0')].join('.'));
      else fieldsWithNul(item, [...at, key], found);
    }
  }
  return found;
}

export const query = <S extends z.ZodType>(req: Request, schema: S) => parse(schema, req.query, 'query');
export const params = <S extends z.ZodType>(req: Request, schema: S) => parse(schema, req.params, 'params');
export const body = <S extends z.ZodType>(req: Request, schema: S) => parse(schema, req.body, 'body');

/** Shared parameter schemas: the contracts BI tools call. */
export const inseeCode = z
  .string()
  .regex(/^[0-9][0-9AB][0-9]{3}$/, 'doit être un code INSEE de commune, par exemple 59350')
  .meta({
    description: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
    example: '59350',
  });
export const year = z.coerce
  .number()
  .int()
  .min(1990)
  .max(2100)
  .meta({ description: 'Calendar / budget year', example: 2025 });
/** A calendar day AAAA-MM-JJ that exists: 2024-13-01 and 2024-02-30 pass the format, not this. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'doit être une date AAAA-MM-JJ')
  .refine((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value) || isCalendarDay(value), "n'est pas une date du calendrier")
  .meta({ format: 'date', example: '2025-06-30' });

export function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
