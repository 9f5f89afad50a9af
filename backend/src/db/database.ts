import knex, { type Knex } from 'knex';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres, type LogLevel } from './embedded-postgres';

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
  /**
   * Closes the pool, then stops the embedded server this process owns. Queries still running after `graceMs` (an
   * import's transaction, say) do not hold the stop: the server's fast shutdown rolls them back.
   */
  close(graceMs?: number): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  /** Unset: a free port, kept in the data folder (see startEmbeddedPostgres). */
  embeddedPort?: number;
  poolMax?: number;
  /** Whether to restart the embedded server this process owns when it dies (the dashboard does). */
  supervise?: boolean;
  log?: (message: string, level?: LogLevel) => void;
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
    // knex's own warnings (a broken connection thrown away, a refused connection while the server restarts) go to
    // the app's log, one line each, instead of stack traces on the console
    log: {
      warn: (message: unknown) => options.log?.(firstLine(message), 'warn'),
      error: (message: unknown) => options.log?.(firstLine(message), 'error'),
      deprecate: (method: string, alternative: string) =>
        options.log?.(`knex: ${method} is deprecated, use ${alternative}`, 'warn'),
      debug: () => undefined,
    },
  });
  try {
    await instance.raw('select 1');
  } catch (error) {
    await instance.destroy();
    await embedded?.stop();
    throw error;
  }
  if (options.supervise) embedded?.supervise();
  let closing: Promise<void> | undefined;
  return {
    knex: instance,
    mode: embedded ? 'embedded' : 'server',
    url,
    close(graceMs = 5000) {
      closing ??= (async () => {
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
        await Promise.race([instance.destroy(), grace]);
        clearTimeout(timer);
        await embedded?.stop();
      })();
      return closing;
    },
  };
}

function firstLine(message: unknown): string {
  return String(message instanceof Error ? message.message : message).split('\n')[0];
}
