/** The one error type the API throws on purpose; anything else becomes a 500 with no internal detail. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badRequest(message: string, details?: unknown[]): AppError {
    return new AppError(400, 'bad_request', message, details);
  }

  static notFound(message: string): AppError {
    return new AppError(404, 'not_found', message);
  }

  static conflict(message: string, details?: unknown[]): AppError {
    return new AppError(409, 'conflict', message, details);
  }

  static unprocessable(message: string, details?: unknown[]): AppError {
    return new AppError(422, 'unprocessable', message, details);
  }
}
