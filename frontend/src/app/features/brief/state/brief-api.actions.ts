import { createActionGroup, props } from '@ngrx/store';
import { BriefDocument } from '../data-access/brief-document';

export const briefApiActions = createActionGroup({
  source: 'Brief API',
  events: {
    'Loaded Success': props<{ document: BriefDocument }>(),
    'Loaded Failure': props<{ error: string }>(),
  },
});
