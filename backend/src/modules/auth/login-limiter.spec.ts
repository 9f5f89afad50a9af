import type { Knex } from 'knex';
import { testDatabase } from '../../../test/helpers/database';
import { startTestApp } from '../../../test/helpers/http';
import { createUser } from './auth.repository';
import { loginLimits } from './auth.routes';
import { hashPassword } from './passwords';

const email = 'guarded@limiter.pilotage.fr';
const password = 'the right long password';

/**
 * Password guessing, tried the ways a probe found around the old limiter: spaces and case around the email, a new
 * X-Forwarded-For on every try, one address spraying many emails, and an admin locked out by her own sign-ins.
 * Each story runs on a fresh app (fresh counters).
 */
describe('the login limiter', () => {
  let db: Knex;
  let api: Awaited<ReturnType<typeof startTestApp>>;

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    await createUser(db, { email, passwordHash: await hashPassword(password), role: 'admin', commune: null });
  });
  afterAll(async () => {
    await db('users').where({ email }).delete();
  });
  afterEach(async () => api?.close());

  const login = (as: string, secret: string, headers: Record<string, string> = {}) =>
    fetch(`${api.base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email: as, password: secret }),
    }).then(async (response) => {
      await response.arrayBuffer();
      return response.status;
    });

  it('counts the failures of one account whatever the spaces, tabs and case around its email, and the forwarded address', async () => {
    api = await startTestApp();
    const variants = [email, ` ${email}`, `\t${email}\t`, email.toUpperCase(), `  Guarded@Limiter.Pilotage.FR `];
    const statuses: number[] = [];
    for (let i = 0; i < loginLimits.failuresPerAccount; i++) {
      statuses.push(
        await login(variants[i % variants.length], `guess-${i}`, { 'x-forwarded-for': `198.51.100.${i + 1}` }),
      );
    }
    expect(statuses).toEqual(Array(loginLimits.failuresPerAccount).fill(401));
    // the eleventh try is refused before the password is even looked at, the right one included
    expect(await login(`\t${email.toUpperCase()} `, password, { 'x-forwarded-for': '198.51.100.200' })).toBe(429);
  });

  it('counts the failures of one address across accounts, whatever X-Forwarded-For says when no proxy is trusted', async () => {
    api = await startTestApp();
    const statuses: number[] = [];
    for (let i = 0; i < loginLimits.failuresPerAddress; i++) {
      statuses.push(
        await login(`sprayed-${i}@limiter.pilotage.fr`, 'Password1!', { 'x-forwarded-for': `203.0.113.${i + 1}` }),
      );
    }
    expect(statuses.every((s) => s === 401))
      .withContext(statuses.join(','))
      .toBeTrue();
    expect(await login('one-more@limiter.pilotage.fr', 'Password1!', { 'x-forwarded-for': '192.0.2.77' })).toBe(429);
  });

  it('never counts a successful sign-in, and a success clears the failures of the account', async () => {
    api = await startTestApp();
    for (let i = 0; i < 15; i++)
      expect(await login(email, password))
        .withContext(`sign-in ${i + 1}`)
        .toBe(200);

    for (let i = 0; i < loginLimits.failuresPerAccount - 1; i++) expect(await login(email, `typo-${i}`)).toBe(401);
    expect(await login(email, password))
      .withContext('nine typos, then the right password')
      .toBe(200);
    for (let i = 0; i < loginLimits.failuresPerAccount; i++) expect(await login(email, `typo-again-${i}`)).toBe(401);
    expect(await login(email, password))
      .withContext('ten new failures: locked')
      .toBe(429);
  });

  it('tells clients apart by the address a trusted proxy forwards, and still limits the account across them', async () => {
    api = await startTestApp({ trustProxy: ['loopback'] });
    for (let i = 0; i < loginLimits.failuresPerAddress; i++) {
      await login(`office-${i}@limiter.pilotage.fr`, 'wrong', { 'x-forwarded-for': '203.0.113.10' });
    }
    expect(await login('office-x@limiter.pilotage.fr', 'wrong', { 'x-forwarded-for': '203.0.113.10' })).toBe(429);
    expect(await login('office-x@limiter.pilotage.fr', 'wrong', { 'x-forwarded-for': '203.0.113.11' }))
      .withContext('another machine behind the proxy')
      .toBe(401);
    expect(await login(email, password, { 'x-forwarded-for': '203.0.113.12' })).toBe(200);
  });
});
