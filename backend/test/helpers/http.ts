import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeApp } from '../../src/app';
import { makeLogger } from '../../src/logger';
import { testDatabase } from './database';

/** Starts the real app on port 0 over the test database and returns its base URL and a closer. */
export async function startTestApp(): Promise<{ base: string; close: () => Promise<void> }> {
  const db = await testDatabase();
  const app = makeApp({ db, logger: makeLogger('silent') });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/api/v1`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function getJson(url: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}
