import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { Role, SessionUser } from './roles';

export const sessionLifetimeHours = 12;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const userColumns = ['users.id', 'users.email', 'users.role', 'users.commune_insee', 'users.display_name'];

/** An email as accounts are keyed: without the spaces around it, in lower case (login, limiter and CLI alike). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function findUserByEmail(db: Knex, email: string) {
  return db('users')
    .where({ email: normaliseEmail(email), active: true })
    .first();
}

/** Any account with this email, active or not (the CLI updating an account). */
export function findAccount(db: Knex, email: string) {
  return db('users')
    .where({ email: normaliseEmail(email) })
    .first();
}

export async function createUser(
  db: Knex,
  user: { email: string; passwordHash: string; role: Role; commune: string | null; displayName?: string },
) {
  const [row] = await db('users')
    .insert({
      email: normaliseEmail(user.email),
      password_hash: user.passwordHash,
      role: user.role,
      commune_insee: user.commune,
      display_name: user.displayName ?? null,
    })
    .onConflict('email')
    .merge(['password_hash', 'role', 'commune_insee', 'active'])
    .returning(['id', 'email', 'role', 'commune_insee']);
  return row as { id: number; email: string; role: Role; commune_insee: string | null };
}

export function listUsers(db: Knex) {
  return db('users')
    .select('id', 'email', 'role', 'commune_insee', 'display_name', 'active', 'created_at', 'last_login_at')
    .orderBy('email');
}

export async function setUserActive(db: Knex, email: string, active: boolean): Promise<number> {
  const changed = await db('users')
    .where({ email: normaliseEmail(email) })
    .update({ active });
  if (!active)
    await db('sessions')
      .whereIn(
        'user_id',
        db('users')
          .select('id')
          .where({ email: normaliseEmail(email) }),
      )
      .delete();
  return changed;
}

/** Closes every session of a user (after a password change: whoever knew the old one is signed out). */
export function closeUserSessions(db: Knex, userId: number): Promise<number> {
  return db('sessions').where({ user_id: userId }).delete();
}

/** Opens a session: returns the cookie token (random, 256 bits) and the CSRF token bound to it. */
export async function openSession(
  db: Knex,
  userId: number,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionLifetimeHours * 3600_000);
  await db('sessions').insert({
    token_hash: sha256(token),
    user_id: userId,
    csrf_token: csrfToken,
    expires_at: expiresAt,
  });
  await db('users').where({ id: userId }).update({ last_login_at: db.fn.now() });
  await db('sessions').where('expires_at', '<', db.fn.now()).delete();
  return { token, csrfToken, expiresAt };
}

export async function findSession(
  db: Knex,
  token: string,
): Promise<{ user: SessionUser; csrfToken: string } | undefined> {
  const row = await db('sessions')
    .join('users', 'users.id', 'sessions.user_id')
    .where({ 'sessions.token_hash': sha256(token), 'users.active': true })
    .where('sessions.expires_at', '>', db.fn.now())
    .first([...userColumns, 'sessions.csrf_token']);
  if (!row) return undefined;
  const { csrf_token: csrfToken, ...user } = row;
  return { user: user as SessionUser, csrfToken };
}

export function closeSession(db: Knex, token: string) {
  return db('sessions')
    .where({ token_hash: sha256(token) })
    .delete();
}
