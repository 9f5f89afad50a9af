import type { Knex } from 'knex';
import { testDatabase } from '../../../test/helpers/database';
import { signIn, startTestApp } from '../../../test/helpers/http';

const commune = '99006';

describe('comments on figures', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    api = await startTestApp();
    await db('communes').insert({ insee_code: commune, name: 'Commentville' });
  });
  afterAll(async () => {
    await api.close();
    await db('comments').where({ commune_insee: commune }).delete();
    await db('audit_log').where({ commune_insee: commune }).delete();
    await db('communes').where({ insee_code: commune }).delete();
  });

  it('lets an elected official note why a figure moved, and shows it to staff for the periods it covers', async () => {
    const elected = await signIn(api.base, 'elected');
    const created = await fetch(`${api.base}/comments`, {
      method: 'POST',
      headers: { ...elected, 'content-type': 'application/json' },
      body: JSON.stringify({
        commune,
        target: 'fluids:building:PIS-1',
        period_start: '2025-06-01',
        period_end: '2025-09-30',
        body: '2025 : fermeture de la piscine pour travaux',
      }),
    });
    expect(created.status).toBe(201);

    const during = (await (
      await fetch(`${api.base}/comments?commune=${commune}&target=fluids:building&from=2025-01-01&to=2025-12-31`, {
        headers: elected,
      })
    ).json()) as any[];
    const before = (await (
      await fetch(`${api.base}/comments?commune=${commune}&from=2024-01-01&to=2024-12-31`, { headers: elected })
    ).json()) as any[];

    expect(during.map((c) => [c.target, c.body, c.author])).toEqual([
      ['fluids:building:PIS-1', '2025 : fermeture de la piscine pour travaux', 'elected@tests.pilotage.fr'],
    ]);
    expect(before).toEqual([]);
  });

  it('keeps comments away from the public and refuses a period that ends before it starts', async () => {
    const agent = await signIn(api.base, 'agent');
    const anonymous = await fetch(`${api.base}/comments?commune=${commune}`);
    const backwards = await fetch(`${api.base}/comments`, {
      method: 'POST',
      headers: { ...agent, 'content-type': 'application/json' },
      body: JSON.stringify({
        commune,
        target: 'budget:epargne_brute',
        period_start: '2025-06-01',
        period_end: '2025-01-01',
        body: 'x',
      }),
    });

    expect(anonymous.status).toBe(401);
    expect(backwards.status).toBe(400);
    expect(((await backwards.json()) as any).error.details[0].field).toBe('period_end');
  });
});
