/** The parts of the OpenAPI document that say how every GET is validated against the data version (ADR 0016). */
export const validatorComponents = {
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
      description:
        'Sent to a request whose If-None-Match header holds the current ETag: the answer held is still the current one ' +
        '(no body, no query run)',
      headers: { ETag: { $ref: '#/components/headers/ETag' } },
    },
  },
};

type Operation = { parameters?: unknown[]; responses?: Record<string, { headers?: Record<string, unknown> }> };

/** Adds the 304 (to If-None-Match) and the ETag and Cache-Control headers of the 200 to every GET of `paths`. */
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
        responses,
      },
    };
  }
  return result as T;
}
