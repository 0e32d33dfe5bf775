import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptInviteRequestSchema,
  coupleDtoSchema,
  couplesListResponseSchema,
  createCoupleRequestSchema,
  createInviteRequestSchema,
  idSchema,
  inviteDtoSchema,
  openInviteRequestSchema,
  openInviteResponseSchema,
} from '@mend/core';
import type { AppDeps } from '../../app/deps.ts';
import type { AuthRateLimits } from '../../http/rate-limits.ts';
import { requireActor } from '../../http/session-cookie.ts';
import { acceptInvite, createInvite, openInvite, revokeInvite } from '../invites/invites.service.ts';
import { createCouple, leaveCouple, listCouples } from './couples.service.ts';

const coupleParams = z.strictObject({ coupleId: idSchema });

export function registerCouplesRoutes(app: FastifyInstance, deps: AppDeps, limits: AuthRateLimits): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/couples', { schema: { response: { 200: couplesListResponseSchema } } }, async (req) => ({ couples: await listCouples({ actorId: requireActor(req).userId }, deps) }));

  r.post('/couples', { schema: { body: createCoupleRequestSchema, response: { 201: coupleDtoSchema } } }, async (req, reply) => {
    const couple = await createCouple({ actorId: requireActor(req).userId, ...req.body }, deps);
    return reply.status(201).send(couple);
  });

  r.post('/couples/:coupleId/leave', { schema: { params: coupleParams, response: { 200: coupleDtoSchema } } }, async (req) => {
    const { couple, notify } = await leaveCouple({ actorId: requireActor(req).userId, coupleId: req.params.coupleId }, deps);
    deps.events.notify({ coupleId: couple.id, userIds: notify, topic: 'couple' });
    return couple;
  });

  r.post('/couples/:coupleId/invites', { schema: { params: coupleParams, body: createInviteRequestSchema, response: { 201: inviteDtoSchema } } }, async (req, reply) => {
    const invite = await createInvite({ actorId: requireActor(req).userId, coupleId: req.params.coupleId, ...req.body }, deps);
    return reply.status(201).send(invite);
  });

  r.delete(
    '/couples/:coupleId/invites/:inviteId',
    { schema: { params: z.strictObject({ coupleId: idSchema, inviteId: idSchema }), response: { 204: z.null() } } },
    async (req, reply) => {
      await revokeInvite({ actorId: requireActor(req).userId, ...req.params }, deps);
      return reply.status(204).send(null);
    },
  );

  // Anyone holding the link may open it (the invitee may not have an account yet); the proof is the key.
  r.post(
    '/invites/:inviteId/open',
    { preHandler: limits.invite, schema: { params: z.strictObject({ inviteId: idSchema }), body: openInviteRequestSchema, response: { 200: openInviteResponseSchema } } },
    (req) => openInvite({ inviteId: req.params.inviteId, proof: req.body.proof }, deps),
  );

  r.post(
    '/invites/:inviteId/accept',
    { preHandler: limits.invite, schema: { params: z.strictObject({ inviteId: idSchema }), body: acceptInviteRequestSchema, response: { 200: coupleDtoSchema } } },
    (req) => acceptInvite({ actorId: requireActor(req).userId, inviteId: req.params.inviteId, ...req.body }, deps),
  );
}
