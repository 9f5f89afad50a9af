/** The parts of the OpenAPI document that say how every GET is validated against the data version (ADR 0016). */
export const validatorComponents = {
  parameters: {
    IfNoneMatch: {
      name: 'If-None-Match',
      in: 'header',
      required: false,
      schema: { type: 'string' },
      description: 'The ETag of an answer already held: 304 (no body) while the data version has not moved',
    },
  },
  headers: {
    ETag: {
      schema: { type: 'string', example: 'W/"42-3kq1Z0pXb8c2VwQ9mN4tYa"' },
      description:
        'W/"<data version>-<digest of the URL, the caller (anonymous, or user, role, commune, session) and the day>". ' +
        'The data version moves with each import, rollback, threshold change or other write, and once the marts ' +
        'built on the change are refreshed',
    },
    CacheControl: {
      schema: { type: 'string', enum: ['private, no-cache', 'public, no-cache'] },
      description:
        'Revalidate each time; `public` (a proxy may keep it) for anonymous readers, `private` when signed in',
    },
  },
  responses: {
    NotModified: {
      description: 'The answer held (If-None-Match) is still the current one',
      headers: { ETag: { $ref: '#/components/headers/ETag' } },
    },
  },
};

type Operation = { parameters?: unknown[]; responses?: Record<string, { headers?: Record<string, unknown> }> };

/** Adds If-None-Match, the 304 and the ETag and Cache-Control headers of the 200 to every GET of `paths`. */
export function withValidators<T extends Record<string, { get?: Operation }>>(paths: T): T {
  const result: Record<string, unknown> = {};
  for (const [path, item] of Object.entries(paths)) {
    const get = item.get;
    if (!get) {
      result[path] = item;
      continue;
    }
    const responses = { ...(get.responses ?? {}) };
    if (responses['200']) {
      responses['200'] = {
        ...responses['200'],
        headers: {
          ...(responses['200'].headers ?? {}),
          ETag: { $ref: '#/components/headers/ETag' },
          'Cache-Control': { $ref: '#/components/headers/CacheControl' },
        },
      };
    }
    responses['304'] = { $ref: '#/components/responses/NotModified' } as never;
    result[path] = {
      ...item,
      get: {
        ...get,
        parameters: [...(get.parameters ?? []), validatorComponents.parameters.IfNoneMatch],
        responses,
      },
    };
  }
  return result as T;
}
