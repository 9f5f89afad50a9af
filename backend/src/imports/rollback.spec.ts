import type { Knex } from 'knex';
import { testDatabase } from '../../test/helpers/database';
import { deleteTownCentreCommune } from '../../test/fixtures/commerce/premises';
import { findKind } from './kinds';
import { rollbackImport } from './rollback';
import { runImport } from './run-import';

const commune = '99031';

const premisesFile = [
  'premises_id;address;street;quartier;lat;lon;surface_m2;date;status;activity',
  'RB-1;1 rue du Retour;rue du Retour;;50,63;3,06;80;01/01/2024;occupé;Restauration',
  'RB-1;1 rue du Retour;rue du Retour;;50,63;3,06;80;01/03/2024;vacant;',
  'RB-2;3 rue du Retour;rue du Retour;;50,63;3,06;60;01/01/2024;occupé;Services',
].join('\n');

describe('rolling back an import', () => {
  let db: Knex;

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    await db('communes').insert({ insee_code: commune, name: 'Retourville' });
  });
  afterAll(async () => {
    await deleteTownCentreCommune(db, commune);
    await db('audit_log').where({ commune_insee: commune }).delete();
    await db('communes').where({ insee_code: commune }).delete();
    await db.raw('refresh materialized view analytics.kpi_commerce_vacancy_monthly');
  });

  const vacancyMonths = () =>
    db('analytics.kpi_commerce_vacancy_monthly')
      .where({ commune_insee: commune, level: 'commune' })
      .count<{ count: string }[]>('* as count')
      .then(([row]) => Number(row.count));

  it('takes the figures of the rolled-back file off the dashboard, materialized rollups included', async () => {
    const landed = await runImport(db, findKind('premises')!, Buffer.from(premisesFile), {
      commune,
      fileName: 'retour.csv',
      importedBy: 'agent@tests.pilotage.fr',
    });
    expect(landed.status).toBe('landed');
    // January to March 2024: the series runs from the first month to the month of the latest change
    expect(await vacancyMonths())
      .withContext('after the import')
      .toBe(3);

    const undone = await rollbackImport(db, landed.import_id!, 'agent@tests.pilotage.fr');

    // the two premises it created; their status history goes with them
    expect(undone).toEqual({ restored: 0, deleted: 2 });
    expect(await vacancyMonths())
      .withContext('after the rollback')
      .toBe(0);
  });

  it('says in French why an import cannot be rolled back', async () => {
    await expectAsync(rollbackImport(db, 987_654_321, 'agent@tests.pilotage.fr')).toBeRejectedWith(
      jasmine.objectContaining({ kind: 'not_found', message: 'Aucun import n° 987654321' }),
    );
  });
});
