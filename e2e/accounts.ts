import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import type { RunningDashboard } from './server';

const repo = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

export interface TestAccount {
  email: string;
  password: string;
  role: 'admin' | 'elected' | 'agent' | 'public';
  commune?: string;
}

/** The accounts the journeys sign in with (long enough passwords for the CLI's minimum). */
export const AGENT: TestAccount = {
  email: 'agent.e2e@lille.fr',
  password: 'agent-e2e-password-2026',
  role: 'agent',
  commune: '59350',
};
export const ELECTED: TestAccount = {
  email: 'elu.e2e@lille.fr',
  password: 'elu-e2e-password-2026',
  role: 'elected',
};

/**
 * Creates accounts with the real command line, as an administrator would: `npm run user -- add <email> --role <role>`
 * with the password in PILOTAGE_PASSWORD, against the running dashboard's database.
 */
export async function createAccounts(dashboard: RunningDashboard, accounts: readonly TestAccount[]): Promise<void> {
  for (const account of accounts) {
    const args = ['backend/src/cli/user.ts', 'add', account.email, '--role', account.role];
    if (account.commune) args.push('--commune', account.commune);
    const { stdout } = await run(path.join(repo, 'node_modules', '.bin', 'tsx'), args, {
      cwd: repo,
      env: {
        ...process.env,
        DATABASE_URL: dashboard.databaseUrl,
        PILOTAGE_PASSWORD: account.password,
        LOG_LEVEL: 'warn',
      },
    });
    if (!stdout.includes('est prêt')) throw new Error(`could not create ${account.email}: ${stdout}`);
  }
}

type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>;

/** One session per account and dashboard, reused by every browser context (logins are rate-limited). */
const sessions = new Map<string, Cookies>();

/** Opens a session in a browser context through the API (the journey under test signs in through the page). */
export async function signIn(
  context: BrowserContext,
  dashboard: RunningDashboard,
  account: TestAccount,
): Promise<void> {
  const key = `${dashboard.url}|${account.email}`;
  const known = sessions.get(key);
  if (known) {
    await context.addCookies(known);
    return;
  }
  const response = await context.request.post(`${dashboard.url}/api/v1/auth/login`, {
    data: { email: account.email, password: account.password },
  });
  if (response.status() !== 200) throw new Error(`sign-in of ${account.email} refused: ${response.status()}`);
  sessions.set(key, await context.cookies(dashboard.url));
}
