import { ProgrammeRow } from '../data-access/budget-rows';

/** The programmes a timeline shows: those under way (in progress, planned, suspended), those finished, or all. */
export type TimelineFilter = 'current' | 'done' | 'all';

export const TIMELINE_FILTERS: readonly TimelineFilter[] = ['current', 'done', 'all'];

export function inTimeline(programme: ProgrammeRow, filter: TimelineFilter): boolean {
  if (filter === 'all') return true;
  return filter === 'done' ? programme.status === 'done' : programme.status !== 'done';
}
