import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Knex } from 'knex';
import { bumpDataVersion, currentDataVersion } from '../db/data-version';
import { refreshMarts } from '../db/refresh-marts';
import { AnswerCache } from './answer-cache';

/**
 * The tables the API itself writes that figures may be built on: thresholds, acknowledgements, alert rules. After a
 * successful write, the materialized relations built on them (none today; a materialized KPI catalogue would read
 * the thresholds) are refreshed before the answer leaves.
 */
const tablesWrittenByTheApi = [
  'alert_thresholds',
  'alert_acknowledgements',
  'budget_alert_thresholds',
  'fluid_alert_rules',
  'fluid_alert_acknowledgements',
];

/** At most this much of answers kept per process (AnswerCache). */
const answerCacheBytes = 64 * 1024 * 1024;

/**
 * HTTP validators derived from the data version (ADR 0016).
 *
 * Reads (GET, HEAD): the ETag is `W/"<data version>-<digest>"`, the digest covering everything else the body depends
 * on: the URL (path and query), who asks (anonymous, or the user, role, commune and session) and the day (a KPI's
 * current, partial year depends on the date). `Cache-Control: no-cache` makes browsers and proxies revalidate each
 * time; signed-in answers are `private`, anonymous ones `public` (a proxy may keep them; `Vary: Cookie`). A request
 * whose If-None-Match holds the current ETag gets a 304 at once: no query runs. A GET asked again at the same data
 * version (by the public, or by the same session) is answered from memory (AnswerCache), without its query.
 *
 * Writes (POST, PUT, PATCH, DELETE): a successful write bumps the data version before its answer leaves, so the
 * writer's next read already sees a new ETag. Imports and rollbacks also bump it in their own transaction (the
 * command line has no HTTP), and again after the marts they touched were refreshed (backend/src/db/refresh-marts.ts).
 */
export function dataVersionValidators(db: Knex, cache = new AnswerCache(answerCacheBytes)): RequestHandler {
  return async (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return validateRead(db, cache, req, res, next);
    if (req.method !== 'OPTIONS') bumpBeforeAnswer(db, res);
    next();
  };
}

async function validateRead(
  db: Knex,
  cache: AnswerCache,
  req: Request,
  res: Response,
  next: (error?: unknown) => void,
) {
  let version: string;
  try {
    version = await currentDataVersion(db);
  } catch {
    // the database is down (or not migrated yet): the handler answers, without a validator
    res.setHeader('Cache-Control', 'no-store');
    return next();
  }
  const etag = readETag(version, req);
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', `${req.user ? 'private' : 'public'}, no-cache`);
  res.vary('Cookie');
  if (matches(req.get('if-none-match'), etag)) {
    res.status(304).end();
    return;
  }
  if (req.method === 'GET') {
    if (await cache.sendStored(etag, version, req, res)) return;
    cache.store(etag, version, res);
  }
  next();
}

/** The ETag of a read at a data version: see dataVersionValidators. */
export function readETag(version: string, req: Request): string {
  const user = req.user;
  // the session's CSRF token tells one session from another (the session cookie itself stays out of this layer)
  const caller = user ? `user:${user.id}:${user.role}:${user.commune_insee ?? '*'}:${req.csrfToken ?? ''}` : 'public';
  const day = new Date().toISOString().slice(0, 10);
  const digest = createHash('sha256').update(`${req.originalUrl}\n${caller}\n${day}`).digest('base64url').slice(0, 22);
  return `W/"${version}-${digest}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.slice(2);
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === bare;
  });
}

/**
 * Delays the end of a successful answer until the materialized relations built on the tables the API writes are
 * refreshed and the data version is bumped (after the handler's commit).
 */
function bumpBeforeAnswer(db: Knex, res: Response): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.end = ((...args: unknown[]) => {
    if (res.statusCode >= 400) return end(...args);
    refreshMarts(db, { tables: tablesWrittenByTheApi })
      .then(() => bumpDataVersion(db))
      .catch(() => undefined)
      .finally(() => end(...args));
    return res;
  }) as Response['end'];
}
