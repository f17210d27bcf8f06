/**
 * Thrown by a handler when retrying can never succeed (the event refers to something that will not
 * appear, a rule forbids the change): the message goes to the dead letters at once instead of being retried.
 */
export class PermanentError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
    this.name = 'PermanentError';
  }
}

/** A payload that fails the envelope or the contract schema. */
export class InvalidMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidMessageError';
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
