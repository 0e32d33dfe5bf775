import { describe, expect, it } from 'vitest';
import { createApiClient } from './api-client.ts';
import { NETWORK_MESSAGE } from './api-error.ts';

function recordingFetch(response: () => Response) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetch = async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return response();
  };
  return { calls, fetch };
}

describe('api client', () => {
  it('sends JSON, the CSRF header and an empty object on state-changing requests', async () => {
    const { calls, fetch } = recordingFetch(() => new Response(null, { status: 204 }));
    const api = createApiClient({ baseUrl: 'http://localhost:3000', fetch });
    await api.logOut();
    const headers = calls[0]?.init?.headers as Record<string, string>;
    expect(calls[0]?.url).toBe('http://localhost:3000/api/v1/auth/logout');
    expect(calls[0]?.init?.credentials).toBe('same-origin');
    expect(headers['Content-Type']).toBe('application/json');
    expect(headers['X-Requested-With']).toBe('mend');
    expect(calls[0]?.init?.body).toBe('{}');
  });

  it('sends no body or CSRF header on GET and accepts a base URL that already ends in /api/v1', async () => {
    const { calls, fetch } = recordingFetch(() => Response.json({ status: 'ok' }));
    await createApiClient({ baseUrl: '/api/v1/', fetch }).health();
    expect(calls[0]?.url).toBe('/api/v1/healthz');
    expect(calls[0]?.init?.body).toBeUndefined();
    expect((calls[0]?.init?.headers as Record<string, string>)['X-Requested-With']).toBeUndefined();
  });

  it("throws the server's own error code and message", async () => {
    const { fetch } = recordingFetch(() => Response.json({ error: { code: 'invites.expired', message: 'This invitation has expired.' } }, { status: 410 }));
    await expect(createApiClient({ baseUrl: '', fetch }).openInvite('x', { proof: 'y' })).rejects.toMatchObject({
      status: 410,
      code: 'invites.expired',
      message: 'This invitation has expired.',
    });
  });

  it('turns a network failure and an unexpected body into friendly errors', async () => {
    const offline = createApiClient({ baseUrl: '', fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(offline.me()).rejects.toMatchObject({ status: 0, message: NETWORK_MESSAGE });
    const odd = createApiClient({ baseUrl: '', fetch: async () => Response.json({ user: 'nope' }) });
    await expect(odd.me()).rejects.toMatchObject({ code: 'client.unexpected_response' });
  });
});
