/**
 * An expected, explainable refusal by the domain, with a stable code (`INTAKE.CASE_NOT_FOUND`). The HTTP edge
 * turns it into problem+json with that status; the consumer edge treats it as permanent.
 */
export class DomainError extends Error {
  /** Retrying a refused event cannot succeed: the consumer edge dead-letters it at once. */
  readonly permanent = true;

  constructor(
    readonly code: string,
    message: string,
    readonly status: 400 | 403 | 404 | 409 | 422 = 422,
    readonly extras: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
