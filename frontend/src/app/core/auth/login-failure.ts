import { ApiError } from '../http/api-error';

/** Why a sign-in was refused, in the terms the login page explains it. */
export type LoginFailure =
  { reason: 'invalid_credentials' } | { reason: 'too_many_attempts' } | { reason: 'other'; message: string };

export function loginFailureOf(error: ApiError): LoginFailure {
  if (error.status === 401) return { reason: 'invalid_credentials' };
  if (error.status === 429) return { reason: 'too_many_attempts' };
  return { reason: 'other', message: error.message };
}
