/** What a request the data refuses is, with no HTTP in it: the http layer gives each kind its status. */
export type DataErrorKind = 'bad_request' | 'not_found' | 'conflict' | 'unprocessable';

/**
 * A refusal that comes from the data, not from a bug: a duplicate, a missing reference, a value out of range (the
 * PostgreSQL errors a client can cause, see pg-errors.ts), or a record that is not there or not in the right state.
 * The message is for the user, in French; the error handler turns it into the API's error body.
 */
export class DataError extends Error {
  constructor(
    readonly kind: DataErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'DataError';
  }

  static badRequest(message: string): DataError {
    return new DataError('bad_request', message);
  }

  static notFound(message: string): DataError {
    return new DataError('not_found', message);
  }

  static conflict(message: string): DataError {
    return new DataError('conflict', message);
  }

  static unprocessable(message: string): DataError {
    return new DataError('unprocessable', message);
  }
}
