import { createActionGroup, props } from '@ngrx/store';
import { FigureComment } from '../../../shared/ui/comments/figure-comment';
import { FamilyAlert } from '../../alerts/data-access/alert-rows';
import { BriefData, FluidsAlertRow, PartnersData } from '../data-access/brief-rows';

export const briefApiActions = createActionGroup({
  source: 'Brief API',
  events: {
    'Loaded Success': props<{ commune: string; year: number; data: BriefData }>(),
    'Loaded Failure': props<{ error: string }>(),
    'Partners Loaded': props<{ year: number; partners: PartnersData }>(),
    'Partners Failure': props<{ error: string }>(),
    'Alerts Loaded': props<{ alerts: FluidsAlertRow[] }>(),
    'Alerts Failure': props<{ error: string }>(),
    'Family Alerts Loaded': props<{ alerts: FamilyAlert[] }>(),
    'Family Alerts Failure': props<{ error: string }>(),
    'Comments Loaded': props<{ comments: FigureComment[] }>(),
    'Comments Failure': props<{ error: string }>(),
    'Comment Added': props<{ comment: FigureComment }>(),
    'Comment Deleted': props<{ id: number }>(),
    'Comment Failure': props<{ error: string }>(),
  },
});
