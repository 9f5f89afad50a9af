import { createActionGroup, props } from '@ngrx/store';

export const presentationPageActions = createActionGroup({
  source: 'Presentation Page',
  events: {
    /** The presentation is shown for this commune and year (again when either changes, or on retry). */
    Opened: props<{ commune: string; year: number }>(),
    /** The URL names the quartier and slide shown (`?quartier=4&slide=2`); null quartier: the choice screen. */
    'Slide Shown': props<{ quartierId: number | null; slide: number }>(),
  },
});
