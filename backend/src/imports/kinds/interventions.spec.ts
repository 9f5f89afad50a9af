import type { Knex } from 'knex';
import { fixture, importCli } from '../../../test/fixtures/commerce/cli';
import { deleteTownCentreCommune } from '../../../test/fixtures/commerce/premises';
import { testDatabase } from '../../../test/helpers/database';

const commune = '99346';

describe('npm run import -- interventions (works, events, bike lanes and the counters they concern)', () => {
  let db: Knex;
  let url: string;
  const stored = () =>
    db('interventions')
      .where({ commune_insee: commune })
      .orderBy('intervention_id')
      .select(
        'intervention_id',
        'name',
        'kind',
        'street',
        db.raw("to_char(start_date, 'YYYY-MM-DD') as start_date"),
        db.raw("to_char(end_date, 'YYYY-MM-DD') as end_date"),
        'site_ids',
      );

  beforeAll(async () => {
    const database = await testDatabase();
    db = database.knex;
    url = database.url;
    await db('communes').insert({ insee_code: commune, name: 'Chantierville', population: 5000 });
    await db('counting_sites').insert([
      { commune_insee: commune, site_id: 'S-GAM', name: 'Piétons rue Léon Gambetta', kind: 'pedestrian' },
      { commune_insee: commune, site_id: 'S-LIB', name: 'Vélos boulevard de la Liberté', kind: 'bike' },
    ]);
  }, 60_000);

  afterAll(async () => {
    await deleteTownCentreCommune(db, commune);
    await db('audit_log').where({ commune_insee: commune }).delete();
    await db('communes').where({ insee_code: commune }).delete();
  }, 60_000);

  it('lands a Windows-1252 file with French headers and words, and a re-run changes nothing', async () => {
    const first = await importCli(['interventions', fixture('interventions-cp1252.csv'), '--commune', commune], url);
    const again = await importCli(['interventions', fixture('interventions-cp1252.csv'), '--commune', commune], url);

    expect(first.code)
      .withContext(first.stdout + first.stderr)
      .toBe(0);
    expect(first.stdout).toContain('2 lignes lues, 2 écrites, 0 déjà à jour');
    expect(again.stdout).toContain('2 lignes lues, 0 écrites, 2 déjà à jour');
    expect(await stored()).toEqual([
      {
        intervention_id: 'E-1',
        name: 'Braderie',
        kind: 'event',
        street: null,
        start_date: '2024-09-07',
        end_date: '2024-09-08',
        site_ids: [],
      },
      {
        intervention_id: 'T-1',
        name: 'Requalification de la rue Léon Gambetta',
        kind: 'works',
        street: 'rue Léon Gambetta',
        start_date: '2024-03-04',
        end_date: '2024-09-27',
        site_ids: ['S-GAM', 'S-LIB'],
      },
    ]);
  }, 60_000);

  it('refuses a bad file whole, naming every bad cell and why', async () => {
    const before = await stored();

    const result = await importCli(
      ['interventions', fixture('interventions-bad.csv'), '--commune', commune, '--json'],
      url,
    );
    const report = JSON.parse(result.stdout);

    expect(result.code).toBe(1);
    expect(
      report.issues.map((issue: { line: number; column: string; reason: string }) => [
        issue.line,
        issue.column,
        issue.reason,
      ]),
    ).toEqual([
      [2, 'end', 'fin avant le début'],
      [2, 'sites', 'site de comptage inconnu : S-NOPE (kind counting-sites d’abord)'],
      [3, 'kind', 'valeur inconnue (valeurs admises : works, event, bike_lane, other)'],
      [3, 'quartier', 'quartier inconnu de la commune (importez les quartiers ou corrigez le nom)'],
    ]);
    expect(await stored())
      .withContext('nothing written')
      .toEqual(before);
  }, 60_000);
});
