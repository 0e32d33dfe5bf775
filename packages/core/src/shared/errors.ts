/**
 * The one error type the domain throws. `code` is dotted (`records.version_conflict`) and maps to an
 * HTTP status in exactly one table on the server; `userMessage` is safe to show a person and says what
 * to do next. Nothing else from an error ever reaches a client.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly userMessage: string;

  constructor(code: string, { userMessage }: { userMessage: string }) {
    super(`${code}: ${userMessage}`);
    this.name = 'DomainError';
    this.code = code;
    this.userMessage = userMessage;
  }
}

/** Builds a factory for one error code so call sites read `throw recordNotFound()`. */
export function createErrorFactory({ code, userMessage }: { code: string; userMessage: string }) {
  return (): DomainError => new DomainError(code, { userMessage });
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
