import { z } from 'zod';
import { inseeCode } from '../../http/validate';

/**
 * GET /imports/:kind_or_id reads an import by its number, POST /imports/:kind_or_id imports a file of that kind: one
 * path to OpenAPI (two templates that differ only by their variable's name are the same path), so one name.
 */
export const uploadParams = z.object({ kind_or_id: z.string().meta({ example: 'degree-days' }) });

export const uploadQuery = z.object({
  commune: inseeCode.optional(),
  dry_run: z.enum(['true', 'false']).default('false'),
  file_name: z.string().max(255).optional(),
  /** Counting files: the mobility type when the file does not say it (the CLI's --kind). */
  kind: z.enum(['pedestrian', 'bike', 'car', 'facility']).optional(),
});

export const listQuery = z.object({
  commune: inseeCode.optional(),
  kind: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const importId = z.coerce.number().int().positive();
export const idParams = z.object({ id: importId });
export const importParams = z.object({ kind_or_id: importId });
