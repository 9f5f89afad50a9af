import knex, { type Knex } from 'knex';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

// NUMERIC and BIGINT come back from pg as strings; the KPIs are euros, kWh and counts well within double range.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value));
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
// DATE stays a 'YYYY-MM-DD' string: no time zone games with calendar dates.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type DatabaseMode = 'embedded' | 'server';

export interface Database {
  readonly knex: Knex;
  readonly mode: DatabaseMode;
  /** Connection string (credentials included) for psql and BI tools. */
  readonly url: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  embeddedPort: number;
  poolMax?: number;
  log?: (message: string) => void;
}

/** With a DATABASE_URL, a PostgreSQL server; without one, the embedded PostgreSQL in `dataDir`. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = options.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.embeddedPort, log: options.log });
    url = embedded.url;
  }
  const instance = knex({
    client: 'pg',
    // JIT compiles each dashboard query for longer than it then runs (1.1 s instead of 60 ms for the overview on
    // PostgreSQL 15's defaults): off for the app's sessions, as in the embedded server
    connection: { connectionString: url, application_name: 'pilotage', options: '-c jit=off' },
    pool: { min: 0, max: options.poolMax ?? 10 },
  });
  try {
    await instance.raw('select 1');
  } catch (error) {
    await instance.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    knex: instance,
    mode: embedded ? 'embedded' : 'server',
    url,
    async close() {
      await instance.destroy();
      await embedded?.stop();
    },
  };
}
