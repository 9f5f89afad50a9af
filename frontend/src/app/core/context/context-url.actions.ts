import { createActionGroup, props } from '@ngrx/store';

/** The query params `?commune=59350&year=2025` read after each navigation (null when absent or unreadable). */
export const contextUrlActions = createActionGroup({
  source: 'Context URL',
  events: {
    'Params Read': props<{ commune: string | null; year: number | null }>(),
  },
});
