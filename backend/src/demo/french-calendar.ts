import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/env';
import type { FrenchCalendar } from './french-calendar-sql';

/** The demo's copy of the SQL calendar, written by `backend/src/cli/write-demo-calendar.ts`. */
export const FRENCH_CALENDAR_FILE = path.join(repoRoot, 'backend', 'src', 'demo', 'data', 'french-calendar.json');

let calendar: FrenchCalendar | undefined;

/** The public holidays and zone-B school holidays PostgreSQL computes, read once from the copy. */
export function frenchCalendar(): FrenchCalendar {
  calendar ??= JSON.parse(readFileSync(FRENCH_CALENDAR_FILE, 'utf8')) as FrenchCalendar;
  return calendar;
}
