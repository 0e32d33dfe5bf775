/**
 * The one error the web client shows people. `message` comes from the server's `{error:{code,message}}`
 * body, which is written for people, or from one of the friendly fallbacks below.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor({ status, code, message }: { status: number; code: string; message: string }) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

export const NETWORK_MESSAGE = 'Mend could not reach the server. Check your connection and try again.';

export function networkError(): ApiError {
  return new ApiError({ status: 0, code: 'network.unreachable', message: NETWORK_MESSAGE });
}

export function unexpectedResponse(status: number): ApiError {
  return new ApiError({
    status,
    code: 'client.unexpected_response',
    message: 'The server sent an answer Mend did not expect. Reload the app and try again.',
  });
}

/** Used when an error body is missing or unreadable: never shows internals. */
export function fallbackError(status: number): ApiError {
  if (status >= 500) {
    return new ApiError({ status, code: 'server.error', message: 'Something went wrong on the server. Nothing you typed is lost — try again in a moment.' });
  }
  if (status === 401) {
    return new ApiError({ status, code: 'auth.unauthenticated', message: 'Your session has ended. Please log in again.' });
  }
  return new ApiError({ status, code: 'client.request_failed', message: 'That did not work. Please try again.' });
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
