import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createErrorFactory, idSchema, notificationListResponseSchema } from '@mend/core';
import type { AppDeps } from '../../app/deps.ts';
import { requireActor } from '../../http/session-cookie.ts';

const notificationNotFound = createErrorFactory({ code: 'notifications.not_found', userMessage: 'That notification is not there any more.' });

/** A person's own notifications: newest first, at most 50. Marking one read changes nothing else. */
export function registerNotificationsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/notifications', { schema: { response: { 200: notificationListResponseSchema } } }, async (req) => ({
    notifications: await deps.store.repos.notifications.listForUser({ userId: requireActor(req).userId, limit: 50 }),
  }));

  r.post('/notifications/:notificationId/read', { schema: { params: z.strictObject({ notificationId: idSchema }), response: { 204: z.null() } } }, async (req, reply) => {
    const { userId } = requireActor(req);
    const { notifications } = deps.store.repos;
    if (!(await notifications.exists({ userId, id: req.params.notificationId }))) throw notificationNotFound();
    await notifications.markRead({ userId, id: req.params.notificationId, now: deps.clock() });
    return reply.status(204).send(null);
  });
}
