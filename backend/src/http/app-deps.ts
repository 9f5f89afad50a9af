import type { ImportLimits } from '../config/import-limits';
import type { TrustProxy } from '../config/env';
import type { Database } from '../db/database';
import type { Logger } from '../logger';

/**
 * What the Express app is built from (`makeApp` in app.ts), handed to every module's routes. In a file of its own,
 * below the modules, so a route imports it without importing the app that imports every module.
 */
export interface AppDeps {
  db: Database;
  logger: Logger;
  /** Built Angular app to serve beside the API (optional: tests run the API alone). */
  webDist?: string;
  /** Optional base-map tile URL template; without it the quartier shapes are the map. */
  mapTileUrl?: string;
  /** Limits of one import (IMPORT_* variables); the defaults of config/import-limits.ts otherwise. */
  importLimits?: ImportLimits;
  /** Reverse proxies whose X-Forwarded-For/-Proto are believed (TRUST_PROXY); none by default. */
  trustProxy?: TrustProxy;
}
