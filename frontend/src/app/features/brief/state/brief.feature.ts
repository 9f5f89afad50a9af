import { createFeature, createReducer, on } from '@ngrx/store';
import { LoadStatus } from '../../../core/context/context.feature';
import { FigureComment } from '../../../shared/ui/comments/figure-comment';
import { FamilyAlert } from '../../alerts/data-access/alert-rows';
import { BriefData, FluidsAlertRow, PartnersData } from '../data-access/brief-rows';
import { briefApiActions } from './brief-api.actions';
import { briefPageActions } from './brief-page.actions';

export interface BriefState {
  commune: string | null;
  year: number | null;
  /** Internal parts (fluids, programmes, vacancy and footfall alerts, comments) were asked for. */
  staff: boolean;
  data: BriefData | null;
  status: LoadStatus;
  error: string | null;
  partners: PartnersData | null;
  /** Year of the accounts the partners are compared on (the latest CA up to the year shown). */
  partnersYear: number | null;
  partnersStatus: LoadStatus;
  partnersError: string | null;
  alerts: readonly FluidsAlertRow[];
  alertsStatus: LoadStatus;
  familyAlerts: readonly FamilyAlert[];
  familyAlertsStatus: LoadStatus;
  comments: readonly FigureComment[];
  commentsStatus: LoadStatus;
  commentSaving: boolean;
  commentError: string | null;
}

export const initialBriefState: BriefState = {
  commune: null,
  year: null,
  staff: false,
  data: null,
  status: 'idle',
  error: null,
  partners: null,
  partnersYear: null,
  partnersStatus: 'idle',
  partnersError: null,
  alerts: [],
  alertsStatus: 'idle',
  familyAlerts: [],
  familyAlertsStatus: 'idle',
  comments: [],
  commentsStatus: 'idle',
  commentSaving: false,
  commentError: null,
};

export const briefFeature = createFeature({
  name: 'brief',
  reducer: createReducer(
    initialBriefState,
    on(briefPageActions.opened, (state, { commune, year, staff }): BriefState => ({
      ...state,
      commune,
      year,
      staff,
      status: 'loading',
      error: null,
      data: commune === state.commune ? state.data : null,
      partnersStatus: 'loading',
      alerts: staff && commune === state.commune ? state.alerts : [],
      alertsStatus: staff ? 'loading' : 'idle',
      familyAlerts: staff && commune === state.commune ? state.familyAlerts : [],
      familyAlertsStatus: staff ? 'loading' : 'idle',
      comments: staff && commune === state.commune ? state.comments : [],
      commentsStatus: staff ? 'loading' : 'idle',
      commentError: null,
    })),
    on(briefApiActions.loadedSuccess, (state, { commune, data }): BriefState => ({
      ...state,
      commune,
      data,
      status: 'loaded',
    })),
    on(briefApiActions.loadedFailure, (state, { error }): BriefState => ({
      ...state,
      status: 'error',
      error,
      partnersStatus: 'idle',
    })),
    on(briefApiActions.partnersLoaded, (state, { year, partners }): BriefState => ({
      ...state,
      partners,
      partnersYear: year,
      partnersStatus: 'loaded',
      partnersError: null,
    })),
    on(briefApiActions.partnersFailure, (state, { error }): BriefState => ({
      ...state,
      partners: null,
      partnersStatus: 'error',
      partnersError: error,
    })),
    on(briefApiActions.alertsLoaded, (state, { alerts }): BriefState => ({
      ...state,
      alerts,
      alertsStatus: 'loaded',
    })),
    on(briefApiActions.alertsFailure, (state): BriefState => ({
      ...state,
      alerts: [],
      alertsStatus: 'error',
    })),
    on(briefApiActions.familyAlertsLoaded, (state, { alerts }): BriefState => ({
      ...state,
      familyAlerts: alerts,
      familyAlertsStatus: 'loaded',
    })),
    on(briefApiActions.familyAlertsFailure, (state): BriefState => ({
      ...state,
      familyAlerts: [],
      familyAlertsStatus: 'error',
    })),
    on(briefApiActions.commentsLoaded, (state, { comments }): BriefState => ({
      ...state,
      comments,
      commentsStatus: 'loaded',
    })),
    on(briefApiActions.commentsFailure, (state): BriefState => ({
      ...state,
      comments: [],
      commentsStatus: 'error',
    })),
    on(briefPageActions.commentSubmitted, briefPageActions.commentRemoved, (state): BriefState => ({
      ...state,
      commentSaving: true,
      commentError: null,
    })),
    on(briefApiActions.commentAdded, (state, { comment }): BriefState => ({
      ...state,
      comments: [...state.comments, comment],
      commentSaving: false,
    })),
    on(briefApiActions.commentDeleted, (state, { id }): BriefState => ({
      ...state,
      comments: state.comments.filter((comment) => comment.id !== id),
      commentSaving: false,
    })),
    on(briefApiActions.commentFailure, (state, { error }): BriefState => ({
      ...state,
      commentSaving: false,
      commentError: error,
    })),
  ),
});
