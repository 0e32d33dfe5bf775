import { ApiError, fallbackError, networkError, unexpectedResponse } from './api-error.ts';

/** Anything with zod's `safeParse`: the core response schemas. */
export interface ResponseSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface RequestOptions<T> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  schema: ResponseSchema<T> | null;
}

/** `baseUrl` may be '' (same origin), an origin, or already end in /api/v1. */
export function apiRoot(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  return `${trimmed}/api/v1`;
}

function readErrorBody(json: unknown): { code: string; message: string } | null {
  if (typeof json !== 'object' || json === null || !('error' in json)) return null;
  const error = (json as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string' && message.length > 0 ? { code, message } : null;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * One request to the Mend API. Every state-changing request carries JSON (`{}` when there is no body)
 * and `X-Requested-With: mend`, which the server requires as a CSRF guard. Responses are checked against
 * the core schemas so nothing unexpected reaches the vault.
 */
export function createRequester({ baseUrl, fetch }: { baseUrl: string; fetch: FetchLike }) {
  const root = apiRoot(baseUrl);
  const doFetch = fetch;

  return async function request<T>({ method, path, body, schema }: RequestOptions<T>): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const init: RequestInit = { method, headers, credentials: 'same-origin' };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      headers['X-Requested-With'] = 'mend';
      init.body = JSON.stringify(body ?? {});
    }

    let response: Response;
    try {
      response = await doFetch(`${root}${path}`, init);
    } catch {
      throw networkError();
    }

    const json = await readJson(response);
    if (!response.ok) {
      const error = readErrorBody(json);
      throw error ? new ApiError({ status: response.status, ...error }) : fallbackError(response.status);
    }
    if (schema === null) return undefined as T;
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw unexpectedResponse(response.status);
    return parsed.data;
  };
}
