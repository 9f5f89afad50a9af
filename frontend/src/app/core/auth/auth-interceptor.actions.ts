import { createActionGroup, props } from '@ngrx/store';

/** What the HTTP layer saw: the API refused a request for want of a session (401). */
export const authInterceptorActions = createActionGroup({
  source: 'Auth Interceptor',
  events: {
    'Unauthenticated Response': props<{ url: string }>(),
  },
});
