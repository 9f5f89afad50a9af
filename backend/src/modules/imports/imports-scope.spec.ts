import type { Knex } from 'knex';
import { testDatabase } from '../../../test/helpers/database';
import { signIn, startTestApp } from '../../../test/helpers/http';
import { importKinds } from '../../imports/kinds';

const roubaix = '99071';
const lille = '99072';
const added = '99073';

/**
 * The probe's story: a Roubaix agent renamed Lille and set its population to 1 through the communes import, the
 * import was recorded without a commune, its rollback restored nothing, and limited users could roll back an
 * admin's import. Every import kind and every rollback now respects the caller's commune and role.
 */
describe('imports and rollbacks within the caller’s commune and role', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    api = await startTestApp();
    await db('communes').insert([
      { insee_code: roubaix, name: 'Roubaix-Test', population: 98_000 },
      { insee_code: lille, name: 'Lille-Test', population: 236_000, siren: '215903501' },
    ]);
    as['roubaixAgent'] = await signIn(api.base, 'agent', roubaix);
    as['roubaixAdmin'] = await signIn(api.base, 'admin', roubaix);
    as['agent'] = await signIn(api.base, 'agent');
    as['admin'] = await signIn(api.base, 'admin');
  });
  afterAll(async () => {
    await api.close();
    await db('degree_days').whereIn('commune_insee', [roubaix, lille]).delete();
    await db('communes').whereIn('insee_code', [added]).delete();
    await db('imports').whereIn('commune_insee', [roubaix, lille]).delete();
    await db('users').whereIn('commune_insee', [roubaix, lille]).delete();
    await db('communes').whereIn('insee_code', [roubaix, lille]).delete();
  });

  const upload = (who: string, kind: string, file: string, query = '') =>
    fetch(`${api.base}/imports/${kind}${query}`, {
      method: 'POST',
      headers: { ...as[who], 'content-type': 'text/csv', 'x-file-name': `${kind}.csv` },
      body: file,
    });
  const rollback = (who: string, id: number) =>
    fetch(`${api.base}/imports/${id}/rollback`, { method: 'POST', headers: as[who] });
  const communeRow = (insee: string) =>
    db('communes').where({ insee_code: insee }).first('name', 'population', 'siren');
  const renameLille = `insee_code;name;population\n${lille};Lille-Pirate;1\n${added};Nouvelle-Commune;500\n`;

  it('refuses the communes import to anyone but an unrestricted admin, and changes nothing', async () => {
    for (const who of ['roubaixAgent', 'roubaixAdmin', 'agent']) {
      for (const query of ['', `?commune=${roubaix}`, `?commune=${lille}`]) {
        const response = await upload(who, 'communes', renameLille, query);
        expect(response.status).withContext(`${who} ${query}`).toBe(403);
        expect(((await response.json()) as any).error.code).toBe('forbidden');
      }
    }
    expect(await communeRow(lille)).toEqual({ name: 'Lille-Test', population: 236_000, siren: '215903501' });
    expect(await communeRow(added)).toBeUndefined();
  });

  it('keeps a limited agent out of another commune for every import kind, dry runs included', async () => {
    const importsOfLille = () => db('imports').where({ commune_insee: lille }).count('* as n').first();
    const before = await importsOfLille();
    for (const { kind } of importKinds.filter((k) => k.kind !== 'communes')) {
      for (const dry of ['false', 'true']) {
        const response = await upload('roubaixAgent', kind, 'a;b\n1;2\n', `?commune=${lille}&dry_run=${dry}`);
        expect(response.status).withContext(`${kind} dry_run=${dry}`).toBe(403);
      }
    }
    expect(await importsOfLille())
      .withContext('not one import more')
      .toEqual(before);
  });

  it("records an admin's communes import, and its rollback gives back every value it changed and removes what it added", async () => {
    const response = await upload('admin', 'communes', renameLille);
    const report = (await response.json()) as any;
    expect([response.status, report.status, report.rows_written]).toEqual([200, 'landed', 2]);
    // the file has no siren column: the import empties it too (the file is the list of communes as it stands)
    expect(await communeRow(lille)).toEqual({ name: 'Lille-Pirate', population: 1, siren: null });

    const recorded = await db('imports').where({ id: report.import_id }).first();
    expect(recorded).toEqual(
      jasmine.objectContaining({
        kind: 'communes',
        commune_insee: null,
        status: 'landed',
        rows_written: 2,
        imported_by: 'admin@tests.pilotage.fr',
      }),
    );
    expect(recorded.finished_at.getTime()).toBeGreaterThanOrEqual(recorded.started_at.getTime());

    // a limited user can neither undo it nor hide behind another commune's admin
    expect((await rollback('roubaixAgent', report.import_id)).status).toBe(403);
    expect((await rollback('roubaixAdmin', report.import_id)).status).toBe(403);
    expect((await rollback('agent', report.import_id)).status)
      .withContext('agents do not manage communes')
      .toBe(403);

    const undone = await rollback('admin', report.import_id);
    expect([undone.status, await undone.json()]).toEqual([
      200,
      { import_id: report.import_id, status: 'rolled_back', restored: 1, deleted: 1 },
    ]);
    expect(await communeRow(lille)).toEqual({ name: 'Lille-Test', population: 236_000, siren: '215903501' });
    expect(await communeRow(added)).toBeUndefined();
    const audited = await db('audit_log')
      .where({ action: 'import.rollback' })
      .whereRaw(`details->>'import_id' = ?`, [String(report.import_id)])
      .first();
    expect(audited).toEqual(jasmine.objectContaining({ actor: 'admin@tests.pilotage.fr', commune_insee: null }));
    expect(audited.details).toEqual({ import_id: report.import_id, restored: 1, deleted: 1 });
  });

  it("lets a limited agent roll back an import of its own commune only: another commune's import id is unknown to it", async () => {
    const theirs = (await (
      await upload('admin', 'degree-days', 'mois;dju\n2025-01;400\n', `?commune=${lille}`)
    ).json()) as any;
    const ours = (await (
      await upload('admin', 'degree-days', 'mois;dju\n2025-01;380\n', `?commune=${roubaix}`)
    ).json()) as any;
    expect([theirs.status, ours.status]).toEqual(['landed', 'landed']);

    const refused = await rollback('roubaixAgent', theirs.import_id);
    const unknown = await rollback('roubaixAgent', 987_654_321);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual({
      error: { code: 'not_found', message: `Aucun import n° ${theirs.import_id}` },
    });
    expect(unknown.status).toBe(404);
    const shown = await fetch(`${api.base}/imports/${theirs.import_id}`, { headers: as['roubaixAgent'] });
    expect(shown.status).withContext('reading it by id: the same unknown id').toBe(404);
    expect(await db('degree_days').where({ commune_insee: lille }).pluck('dju')).toEqual([400]);

    const undone = await rollback('roubaixAgent', ours.import_id);
    expect(undone.status).toBe(200);
    expect(await db('degree_days').where({ commune_insee: roubaix }).count('* as n').first()).toEqual({ n: 0 });
  });
});
