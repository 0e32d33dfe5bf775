import type { FastifyInstance } from 'fastify';
import { DomainError } from '@mend/core';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const rejected = (why: string) => new DomainError('csrf.rejected', { userMessage: `This request was refused to protect your account (${why}). Reload Mend and try again.` });

/**
 * Cross-site request forgery defence for every state-changing request (security-baseline §6.2):
 * the browser's Sec-Fetch-Site must say same-origin when present; otherwise Origin must be ours; and
 * a custom header is required, which a cross-site form cannot send and which forces a CORS preflight
 * (no CORS is allowed). JSON only: the text/plain parser is removed, everything else gets 415.
 */
export function registerCsrfProtection(app: FastifyInstance, { origin }: { origin: string }): void {
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') throw rejected('cross-site');
    const requestOrigin = request.headers.origin;
    if (site === undefined && requestOrigin !== origin) throw rejected('unknown origin');
    if (requestOrigin !== undefined && requestOrigin !== origin) throw rejected('unknown origin');
    if (request.headers['x-requested-with'] !== 'mend') throw rejected('missing header');
    const type = request.headers['content-type'];
    if (!type || !/^application\/json\s*(;|$)/i.test(type)) {
      throw new DomainError('request.unsupported_media_type', { userMessage: 'Send JSON (Content-Type: application/json).' });
    }
  });
}
