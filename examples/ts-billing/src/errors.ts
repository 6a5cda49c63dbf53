/** An error the API answers with its own HTTP status; anything else becomes a 500. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The requested row does not exist. */
export class NotFoundError extends HttpError {
  constructor(what: string) {
    super(404, `${what} not found`);
  }
}

/** The request conflicts with the current state of the row. */
export class ConflictError extends HttpError {
  constructor(message: string) {
    super(409, message);
  }
}

/** The request body or query string is not what the endpoint accepts. */
export class ValidationError extends HttpError {
  constructor(message: string) {
    super(422, message);
  }
}

/** Whether a pg error is a unique-constraint violation (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
