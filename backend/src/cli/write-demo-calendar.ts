import fs from 'node:fs';
import { loadEnv } from '../config/env';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrations';
import { CALENDAR_YEARS, readFrenchCalendar } from '../demo/french-calendar-sql';
import { FRENCH_CALENDAR_FILE } from '../demo/french-calendar';

/**
 * npx tsx backend/src/cli/write-demo-calendar.ts: writes backend/src/demo/data/french-calendar.json, the demo
 * generator's copy of the SQL calendar (public holidays, zone-B school holidays), from the migrated database
 * (DATABASE_URL or the embedded one).
 */
const env = loadEnv();
const db = await openDatabase({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.dataDir,
  embeddedPort: env.EMBEDDED_PG_PORT,
});
try {
  await migrate(db.knex);
  const calendar = await readFrenchCalendar(db.knex, CALENDAR_YEARS.from, CALENDAR_YEARS.to);
  fs.writeFileSync(FRENCH_CALENDAR_FILE, `${JSON.stringify(calendar, null, 2)}\n`);
  console.log(
    `${FRENCH_CALENDAR_FILE}: ${Object.keys(calendar.publicHolidays).length} public holidays, ` +
      `${calendar.schoolHolidaysZoneB.length} school holidays`,
  );
} finally {
  await db.close();
}
