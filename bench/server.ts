import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface BenchServer {
  base: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * The real server in its own process (as in production: one core for it, the load generator on the other), on the
 * bench's database, serving `webDist` as its dashboard (where the ceiling file is).
 */
export async function startServer(databaseUrl: string, port: number, webDist: string): Promise<BenchServer> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'backend/src/main.ts'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO: 'off',
      LOG_LEVEL: 'warn',
      WEB_DIST: webDist,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/v1/health`);
  return {
    base,
    process: server,
    stop: async () => {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    },
  };
}

async function waitFor(url: string) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer ${url}`);
}

/** Signs in (the user exists) and returns the session cookie, as a browser would send it. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('pilotage_session='));
  if (!response.ok || !session) throw new Error(`benchmark sign-in failed: ${response.status}`);
  return session.split(';')[0];
}
