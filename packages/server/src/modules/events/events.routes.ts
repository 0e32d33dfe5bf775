import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '@mend/core';
import type { AppDeps } from '../../app/deps.ts';
import { requireActor } from '../../http/session-cookie.ts';
import { assertMember } from '../couples/couple-access.ts';

const HEARTBEAT_MS = 25_000;

/**
 * Server-Sent Events: "sync" when something the caller may see changed. No content, no record ids,
 * no partner activity signals beyond what the caller could already read by syncing.
 */
export function registerEventsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const openStreams = new Set<() => void>();
  // On shutdown, end every open stream so the server can close (browsers reconnect on their own).
  app.addHook('onClose', async () => {
    for (const end of openStreams) end();
  });
  r.get('/couples/:coupleId/events', { schema: { params: z.strictObject({ coupleId: idSchema }), hide: true } }, async (req, reply) => {
    const actor = requireActor(req);
    await assertMember(deps.store.repos, { coupleId: req.params.coupleId, userId: actor.userId });
    reply.hijack();
    reply.raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    reply.raw.write('retry: 3000\n\nevent: sync\ndata: {}\n\n');
    const unsubscribe = deps.events.subscribe({ coupleId: req.params.coupleId, userId: actor.userId }, (topic) => reply.raw.write(`event: ${topic}\ndata: {}\n\n`));
    const heartbeat = setInterval(() => reply.raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const end = () => {
      clearInterval(heartbeat);
      unsubscribe();
      openStreams.delete(end);
      reply.raw.end();
    };
    openStreams.add(end);
    req.raw.on('close', end);
  });
}
