import { createActionGroup, props } from '@ngrx/store';
import { NewFigureComment } from '../../../shared/ui/comments/figure-comment';

export const briefPageActions = createActionGroup({
  source: 'Brief Page',
  events: {
    /**
     * The brief is shown for a commune and year, compared with the communes of the list (in detail with those the
     * reader may read: `detailed`); `staff` when the reader may see internal data (fluids alerts, comments).
     */
    Opened: props<{
      commune: string;
      year: number;
      communes: string[];
      detailed: string[];
      staff: boolean;
    }>(),
    'Comment Submitted': props<{ comment: NewFigureComment }>(),
    'Comment Removed': props<{ id: number }>(),
  },
});
