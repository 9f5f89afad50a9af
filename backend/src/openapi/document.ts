import { createDocument, type ZodOpenApiPathsObject } from 'zod-openapi';
import { errorBody } from '../http/contract';
import { csrfHeader, sessionCookie } from '../modules/auth/session';
import { apiModules } from '../modules';
import { appContract } from './app.contract';
import { validatorComponents, withValidators } from './validators';

const writes = new Set(['post', 'put', 'patch', 'delete']);

/** What each tag of the document gathers (a tag without one is a lint warning). */
const tagDescriptions: Record<string, string> = {
  System: 'Health of the service and freshness of the data',
  Accounts: 'Sign-in, sign-out and the signed-in user (cookie session, CSRF token)',
  Communes: 'Communes, their contours and quartiers, figures per quartier',
  Overview: 'Headline figures of each family per year',
  Budget: 'Budget documents, ratios, execution, programmes (AP/CP) and comparisons with peer communes',
  Fluids: 'Energy and water of public buildings: bills, alerts, décret tertiaire trajectory, OPERAT export',
  Imports: 'Files imported into the database, their reports and rollbacks',
  Comments: 'Comments on figures for a period',
  'Town centre: commercial vacancy': 'Shop premises, vacancy per street and quartier, durations, activity mix',
  'Flow counts': 'Pedestrian, bike and car counts per site, periods, profiles and the impact of interventions',
  Alerts: 'Alerts of the budget, commerce and flows, their acknowledgements and thresholds',
  Audit: 'Who changed what, when',
  KPIs: 'The KPI catalogue: headline figures with their period, comparison, thresholds and status',
  Brief: 'The council brief, as a JSON document and as an A4 PDF',
};

/**
 * A write made with the session cookie also carries the session's CSRF token in X-XSRF-TOKEN (modules/auth/session.ts):
 * both schemes together. Sign-in itself needs no token (no session yet).
 */
function withCsrfOnWrites(paths: ZodOpenApiPathsObject): ZodOpenApiPathsObject {
  for (const item of Object.values(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!writes.has(method) || !operation || typeof operation !== 'object' || !('security' in operation)) continue;
      const security = operation.security as Record<string, string[]>[];
      if (security.length) operation.security = security.map((s) => ({ ...s, csrf: [] }));
    }
  }
  return paths;
}

/** The OpenAPI 3.1 document of /api/v1, generated from the modules' contracts (their zod schemas). */
export function openApiDocument() {
  const contracts = [...apiModules.map((m) => m.contract), appContract];
  const paths = withCsrfOnWrites(Object.assign({}, ...contracts.map(structuredCloneContract)));
  const document = createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Pilotage API',
      version: '1.0.0',
      description:
        'Decision dashboard for French municipalities. KPIs are computed by SQL views; amounts in euros, rates as ' +
        'fractions (0.123 for 12.3 %). Field names are a stable contract for BI tools and scripts. What the law makes ' +
        'public is readable without an account (`security: []`); the rest needs a session (`x-roles` lists the roles).',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: '/api/v1' }],
    tags: [...new Set(contracts.flatMap(tagsOf))].map((name) => ({
      name,
      ...(tagDescriptions[name] ? { description: tagDescriptions[name] } : {}),
    })),
    paths,
    components: {
      schemas: { Error: errorBody },
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: sessionCookie,
          description: 'The HttpOnly session cookie set by POST /auth/login',
        },
        csrf: {
          type: 'apiKey',
          in: 'header',
          name: csrfHeader.toUpperCase(),
          description:
            'On writes with a session: the value of the XSRF-TOKEN cookie set at sign-in, echoed in this header ' +
            '(double submit bound to the session); 403 `csrf` without it',
        },
      },
    },
  });
  // every GET answers 304 to If-None-Match and sends its ETag and Cache-Control (http/data-version-etag.ts, ADR 0016)
  document.paths = withValidators(document.paths as Parameters<typeof withValidators>[0]) as typeof document.paths;
  document.components = { ...document.components, ...validatorComponents } as typeof document.components;
  return document;
}

/** Operations are shared objects of the modules: the document changes copies (shallow, schemas are kept). */
function structuredCloneContract(contract: ZodOpenApiPathsObject): ZodOpenApiPathsObject {
  return Object.fromEntries(
    Object.entries(contract).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([method, operation]) => [
          method,
          operation && typeof operation === 'object' ? { ...operation } : operation,
        ]),
      ),
    ]),
  );
}

function tagsOf(contract: ZodOpenApiPathsObject): string[] {
  return Object.values(contract).flatMap((item) =>
    Object.values(item).flatMap((operation) =>
      operation && typeof operation === 'object' && 'tags' in operation ? (operation.tags as string[]) : [],
    ),
  );
}
