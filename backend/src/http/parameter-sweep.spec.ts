import type { Knex } from 'knex';
import { testDatabase } from '../../test/helpers/database';
import { signIn, startTestApp } from '../../test/helpers/http';
import { openApiDocument } from '../openapi/document';

const commune = '99081';
/** Built once: the sweep tells the parameter under test by identity. */
const document = openApiDocument();

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  schema?: { type?: string; format?: string; pattern?: string; enum?: string[]; example?: unknown };
}

/** A valid value for a parameter, so that only the one under test is wrong. */
function sample(p: Parameter): string {
  if (p.schema?.enum) return p.schema.enum[0];
  if (p.name === 'commune' || p.name === 'insee') return commune;
  if (p.name === 'communes') return `${commune},59350`;
  if (p.schema?.type === 'integer') return p.name === 'year' ? '2025' : '1';
  if (p.schema?.format === 'date') return '2025-06-30';
  if (p.schema?.pattern?.includes('(0[1-9]|1[0-2])')) return '2025-06';
  return p.schema?.example !== undefined ? String(p.schema.example) : 'x';
}

/**
 * Every GET endpoint of the OpenAPI document, every parameter it documents: a NUL character, and an impossible day
 * that passes the AAAA-MM-JJ format, are a 400 with the parameter named (the probe found 21 + 8 cases answering 500).
 */
describe('a sweep of every GET endpoint’s parameters', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;
  let admin: Record<string, string>;

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    api = await startTestApp();
    await db('communes').insert({ insee_code: commune, name: 'Balayageville' });
    admin = await signIn(api.base, 'admin');
  });
  afterAll(async () => {
    await api.close();
    await db('communes').where({ insee_code: commune }).delete();
  });

  function* cases(): Generator<{ path: string; parameter: Parameter; value: string; why: string }> {
    const paths = document.paths as Record<string, { get?: { parameters?: Parameter[] } }>;
    for (const [path, item] of Object.entries(paths)) {
      for (const parameter of item.get?.parameters ?? []) {
        if (parameter.in !== 'query' && parameter.in !== 'path') continue;
        yield { path, parameter, value: `${sample(parameter)}\u0000`, why: 'NUL' };
        if (parameter.schema?.format === 'date') {
          for (const day of ['2024-13-01', '2024-02-30', '2023-02-29', '2024-04-31'])
            yield { path, parameter, value: day, why: day };
        }
      }
    }
  }

  function urlOf(path: string, parameters: Parameter[], wrong: Parameter, value: string): string {
    let address = path;
    const search = new URLSearchParams();
    for (const p of parameters) {
      if (p !== wrong && !p.required) continue;
      const v = p === wrong ? value : sample(p);
      if (p.in === 'path') address = address.replace(`{${p.name}}`, encodeURIComponent(v));
      else search.set(p.name, v);
    }
    return `${api.base}${address}?${search}`;
  }

  it('answers 400 naming the parameter, never 500', async () => {
    const paths = document.paths as Record<string, { get?: { parameters?: Parameter[] } }>;
    const wrong: string[] = [];
    let tried = 0;
    for (const { path, parameter, value, why } of cases()) {
      const response = await fetch(urlOf(path, paths[path].get!.parameters!, parameter, value), { headers: admin });
      const body = (await response.json()) as any;
      tried++;
      const named = JSON.stringify(body.error?.details ?? []).includes(`"field":"${parameter.name}"`);
      if (response.status !== 400 || !named)
        wrong.push(`${path} ${parameter.name} (${why}): ${response.status} ${JSON.stringify(body).slice(0, 160)}`);
    }
    expect(tried).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it('refuses a NUL character in a JSON body too, before PostgreSQL sees it', async () => {
    const response = await fetch(`${api.base}/comments`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({
        commune,
        target: 'fluids:building:B-1',
        period_start: '2025-01-01',
        period_end: '2025-01-31',
        body: 'fuite\u0000',
      }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).error.details).toEqual([
      { in: 'body', field: 'body', message: 'contient un caractère nul (\\0), interdit' },
    ]);
  });
});
