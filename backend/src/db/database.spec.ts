import { testDatabase } from '../../test/helpers/database';

describe('the database connection the app opens', () => {
  it('turns JIT off for its sessions, whatever the server defaults to', async () => {
    const { knex } = await testDatabase();

    const { rows } = await knex.raw<{ rows: { jit: string }[] }>("select current_setting('jit') as jit");

    expect(rows[0].jit).toBe('off');
  });
});
