import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';
import { openDemoDatabase } from '../../test/helpers/demo-database';
import { makeApp } from '../app';
import type { Database } from '../db/database';
import { rolesExtension } from '../http/contract';
import { makeLogger } from '../logger';
import { apiModules } from '../modules';
import { createUser } from '../modules/auth/auth.repository';
import { hashPassword } from '../modules/auth/passwords';
import { appContract } from './app.contract';
import { openApiDocument } from './document';

/**
 * The contract test: the app on a small demo city, every operation of the generated document called (public ones
 * anonymously, the others signed in as the last role `x-roles` lists, the least privileged), and every live JSON
 * response validated by the zod schema the document was generated from. A route the router serves and the document
 * omits fails, found by walking Express's own router stack.
 */

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  schema?: { enum?: string[]; example?: unknown; default?: unknown };
}
interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, unknown> }>;
  parameters?: Parameter[];
  [rolesExtension]?: string[];
}
type Method = 'get' | 'post' | 'put' | 'delete';

const commune = '59350';
const document = openApiDocument();
const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  (['get', 'post', 'put', 'delete'] as const)
    .filter((method) => item[method])
    .map((method) => ({ path, method, operation: item[method] as unknown as Operation })),
);

/** The zod schema of a response, straight from the modules' contracts (not from the JSON document). */
function responseSchema(path: string, method: Method, status: number): z.ZodType | undefined {
  for (const contract of [...apiModules.map((m) => m.contract), appContract]) {
    const responses = (contract[path]?.[method] as { responses?: Record<string, any> } | undefined)?.responses;
    const schema = responses?.[String(status)]?.content?.['application/json']?.schema;
    if (schema) return schema as z.ZodType;
  }
  return undefined;
}

/** Every method and path of the router mounted on /api/v1, from Express's own stack (`:name` becomes `{}`). */
function servedRoutes(app: ReturnType<typeof makeApp>): string[] {
  const layers = (app as unknown as { router: { stack: Layer[] } }).router.stack;
  const api = layers.find((l) => l.handle?.stack && l.matchers?.[0]('/api/v1/x') && !l.matchers[0]('/x'));
  const found: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) found.push(`${method} ${normalise(layer.route.path)}`);
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk(api!.handle!.stack!);
  return [...new Set(found)].sort();
}
interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
  matchers?: ((path: string) => unknown)[];
}
const normalise = (path: string) => path.replace(/:\w+/g, '{}').replace(/\{\w+\}/g, '{}');

describe('the API contract, on the demo city', () => {
  let db: Database;
  let closeDb: () => Promise<void>;
  let server: Server;
  let base: string;
  const sessions = new Map<string, Record<string, string>>();
  /** Values the demo city has, for the parameters a schema gives no example of. */
  const known: Record<string, string> = { commune, insee: commune, fluid: 'electricity' };
  const called = new Set<string>();
  const problems: string[] = [];

  beforeAll(async () => {
    ({ db, close: closeDb } = await openDemoDatabase(0.05));
    const app = makeApp({ db, logger: makeLogger('silent') });
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
    await discoverDemoValues();
    await readEverything();
    await writeEverything();
  }, 900_000);

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await closeDb?.();
  }, 60_000);

  async function signedIn(role: string): Promise<Record<string, string>> {
    if (!sessions.has(role)) {
      const email = `contract-${role}@tests.pilotage.fr`;
      const password = 'contract test password';
      await createUser(db.knex, {
        email,
        passwordHash: await hashPassword(password),
        role: role as never,
        commune: null,
      });
      const response = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      const cookies = Object.fromEntries(
        response.headers.getSetCookie().map((c) => c.split(';')[0].split('=') as [string, string]),
      );
      sessions.set(role, {
        cookie: `pilotage_session=${cookies['pilotage_session']}; XSRF-TOKEN=${cookies['XSRF-TOKEN']}`,
        'x-xsrf-token': cookies['XSRF-TOKEN'],
      });
    }
    return sessions.get(role)!;
  }

  /** The ids the demo city holds: a building, a premises, a programme, a street, a year with accounts... */
  async function discoverDemoValues(): Promise<void> {
    const first = async (sql: string) => Object.values((await db.knex.raw(sql)).rows[0] ?? {})[0];
    known['building'] = String(
      await first(`select building_id from buildings where commune_insee = '${commune}' order by 1 limit 1`),
    );
    known['premises'] = String(
      await first(`select premises_id from premises where commune_insee = '${commune}' order by 1 limit 1`),
    );
    known['street'] = String(
      await first(
        `select street from premises where commune_insee = '${commune}' and street is not null order by 1 limit 1`,
      ),
    );
    known['year'] = String(
      await first(`select max(year) from analytics.kpi_budget_ratios where commune_insee = '${commune}'`),
    );
    known['programme'] = String(
      await first(`select programme_id from programmes where commune_insee = '${commune}' order by 1 limit 1`),
    );
    known['intervention'] = String(
      await first(`select intervention_id from interventions where commune_insee = '${commune}' order by 1 limit 1`),
    );
  }

  /** Calls one operation and checks its answer against the contract; returns the body. */
  async function call(
    method: Method,
    path: string,
    options: { path?: Record<string, string>; query?: Record<string, string>; body?: unknown; raw?: string } = {},
  ): Promise<any> {
    const entry = operations.find((o) => o.path === path && o.method === method);
    if (!entry) throw new Error(`${method} ${path} is not in the document`);
    const { operation } = entry;
    called.add(operation.operationId);
    let address = path;
    const search = new URLSearchParams();
    for (const p of operation.parameters ?? []) {
      const given = p.in === 'path' ? options.path?.[p.name] : options.query?.[p.name];
      const value = given ?? (p.required ? (known[p.name] ?? example(p)) : undefined);
      if (value === undefined) continue;
      if (p.in === 'path') address = address.replace(`{${p.name}}`, encodeURIComponent(value));
      else search.set(p.name, value);
    }
    for (const [name, value] of Object.entries(options.query ?? {})) if (!search.has(name)) search.set(name, value);
    const roles = operation[rolesExtension];
    const headers: Record<string, string> = roles ? { ...(await signedIn(roles[roles.length - 1])) } : {};
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.raw !== undefined) headers['content-type'] = 'text/csv';
    const response = await fetch(`${base}${address}?${search}`, {
      method: method.toUpperCase(),
      headers,
      body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = await response.text();
    const body = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    const where = `${method.toUpperCase()} ${address}?${search}`;
    if (response.status >= 300) {
      problems.push(`${where}: ${response.status} ${text.slice(0, 200)}`);
      return body;
    }
    const type = response.headers.get('content-type')?.split(';')[0] ?? '';
    const schema = responseSchema(path, method, response.status);
    const declared = Object.keys(operation.responses[String(response.status)]?.content ?? {});
    if (response.status !== 204 && !declared.includes(type))
      problems.push(`${where}: ${type} not documented for a ${response.status}`);
    if (type === 'application/json' && !schema) problems.push(`${where}: no schema for a ${response.status}`);
    const result = schema?.safeParse(body);
    if (result && !result.success) {
      // one line per field, whatever the row: 0.quartier_id and 1.quartier_id are the same drift
      const issues = result.error.issues.map((i) => {
        return `${i.path.map((k) => (typeof k === 'number' ? '*' : String(k))).join('.')}: ${i.message}`;
      });
      problems.push(`${where}: ${[...new Set(issues)].join(' | ')}`);
    }
    return body;
  }

  function example(p: Parameter): string | undefined {
    const value = p.schema?.example ?? p.schema?.enum?.[0] ?? p.schema?.default;
    return value === undefined ? undefined : String(value);
  }

  /** Every read, with the values the demo city holds. */
  async function readEverything(): Promise<void> {
    for (const { path, method } of operations) {
      if (method !== 'get' || path === '/imports/{kind_or_id}') continue;
      const special: Record<string, Parameters<typeof call>[2]> = {
        '/budget/programmes/{id}/years': { path: { id: known['programme'] } },
        '/counts/impact': { query: { intervention: known['intervention'] } },
      };
      await call(method, path, special[path]);
    }
  }

  /** Every write, in the order a user would make them: each thing made is then undone. */
  async function writeEverything(): Promise<void> {
    const comment = await call('post', '/comments', {
      body: {
        commune,
        target: `fluids:building:${known['building']}`,
        period_start: '2025-01-01',
        period_end: '2025-01-31',
        body: 'Relevé vérifié',
      },
    });
    await call('delete', '/comments/{id}', { path: { id: String(comment.id) } });

    const rule = await call('post', '/fluids/alert-rules', {
      body: {
        commune,
        building_id: known['building'],
        threshold_kind: 'percent',
        threshold_value: 30,
        label: 'Contrôle',
      },
    });
    await call('delete', '/fluids/alert-rules/{id}', { path: { id: String(rule.id) } });

    await call('put', '/alerts/thresholds/{kind}', {
      path: { kind: 'vacancy_spike' },
      body: { commune, threshold_value: 7 },
    });
    await call('delete', '/alerts/thresholds/{kind}', { path: { kind: 'vacancy_spike' } });

    const indicator = { indicator: 'taux_epargne_brute' };
    await call('put', '/kpis/thresholds/{indicator}', {
      path: indicator,
      body: { commune, watch_value: 0.12, alert_value: 0.08 },
    });
    await call('delete', '/kpis/thresholds/{indicator}', { path: indicator });

    const [alert] = await call('get', '/alerts', { query: { status: 'all' } });
    await call('put', '/alerts/{key}/acknowledgement', {
      path: { key: alert.alert_key },
      body: { commune, comment: 'Vu' },
    });
    await call('delete', '/alerts/{key}/acknowledgement', { path: { key: alert.alert_key } });

    const [fluidsAlert] = await call('get', '/fluids/alerts');
    const fluidsKey = fluidsAlert.alert_key ?? fluidsAlert.key;
    await call('put', '/fluids/alerts/{key}/acknowledgement', {
      path: { key: fluidsKey },
      body: { commune, comment: 'Vu' },
    });
    await call('delete', '/fluids/alerts/{key}/acknowledgement', { path: { key: fluidsKey } });

    const file = 'month;dju;station\n2031-01;412.5;Lille-Lesquin\n';
    await call('post', '/imports/{kind_or_id}', {
      path: { kind_or_id: 'degree-days' },
      query: { commune, dry_run: 'true' },
      raw: file,
    });
    const landed = await call('post', '/imports/{kind_or_id}', {
      path: { kind_or_id: 'degree-days' },
      query: { commune },
      raw: file,
    });
    await call('get', '/imports/{kind_or_id}', { path: { kind_or_id: String(landed.import_id) } });
    await call('post', '/imports/{id}/rollback', { path: { id: String(landed.import_id) } });

    await call('post', '/auth/login', {
      body: { email: 'contract-agent@tests.pilotage.fr', password: 'contract test password' },
    });
    await call('post', '/auth/logout');
  }

  it('documents every route the router serves, and nothing it does not serve', () => {
    const served = servedRoutes(makeApp({ db, logger: makeLogger('silent') }));
    const documented = operations.map((o) => `${o.method} ${normalise(o.path)}`).sort();

    expect(served.filter((route) => !documented.includes(route)))
      .withContext('served but not documented')
      .toEqual([]);
    expect(documented.filter((route) => !served.includes(route)))
      .withContext('documented but not served')
      .toEqual([]);
  });

  it('gives every operation an operationId of its own', () => {
    const ids = operations.map((o) => o.operation.operationId);

    expect(ids.every(Boolean)).toBeTrue();
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers every operation as its schema says', () => {
    expect(problems).toEqual([]);
  });

  it('has called every operation of the document', () => {
    expect(operations.map((o) => o.operation.operationId).filter((id) => !called.has(id))).toEqual([]);
  });
});
