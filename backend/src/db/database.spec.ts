import { testDatabase } from '../../test/helpers/database';

describe('the database connection the app opens', () => {
  it('turns JIT off for its sessions, whatever the server defaults to', async () => {
    const { knex } = await testDatabase();

    const { rows } = await knex.raw<{ rows: { jit: string }[] }>("select current_setting('jit') as jit");

    expect(rows[0].jit).toBe('off');
  });
});

describe('the M57 reference tables', () => {
  it('name the subsidies to attached establishments as the nomenclature does (657362 is the CCAS)', async () => {
    const { knex } = await testDatabase();

    const labels = await knex('budget_accounts')
      .where({ nomenclature: 'M57' })
      .whereIn('account', ['657361', '657362', '657363', '657364'])
      .orderBy('account')
      .pluck('label');

    expect(labels).toEqual([
      'Subvention à la caisse des écoles',
      'Subvention au CCAS',
      'Subventions aux établissements et services rattachés à caractère administratif',
      'Subventions aux établissements et services rattachés à caractère industriel et commercial',
    ]);
  });
});
