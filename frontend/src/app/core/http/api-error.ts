import { HttpErrorResponse } from '@angular/common/http';

/** The error the API sends: `{ "error": { "code", "message", "details"? } }` with a 4xx/5xx status. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown[] };
}

/** One error type for the whole front end, whatever failed (API, network, parsing). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly unknown[] = [],
    /** The response body when it is not the API's error shape (e.g. an import report refused with 422). */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isApiErrorBody(body: unknown): body is ApiErrorBody {
  const error = (body as ApiErrorBody | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HttpErrorResponse) {
    if (isApiErrorBody(error.error)) {
      const { code, message, details } = error.error.error;
      return new ApiError(error.status, code, message, details ?? []);
    }
    if (error.status === 0) {
      return new ApiError(0, 'network_error', 'Le serveur ne répond pas. Vérifiez la connexion.');
    }
    return new ApiError(
      error.status,
      'http_error',
      `Erreur ${error.status} ${error.statusText}`.trim(),
      [],
      error.error ?? null,
    );
  }
  return new ApiError(0, 'unexpected_error', error instanceof Error ? error.message : String(error));
}
