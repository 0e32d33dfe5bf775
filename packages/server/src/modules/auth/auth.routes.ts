import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordRequestSchema,
  confirmRecoveryRequestSchema,
  deleteAccountRequestSchema,
  idSchema,
  loginRequestSchema,
  meResponseSchema,
  recoveryCompleteRequestSchema,
  recoveryStartRequestSchema,
  recoveryStartResponseSchema,
  saltRequestSchema,
  saltResponseSchema,
  sessionListResponseSchema,
  signUpRequestSchema,
} from '@mend/core';
import type { AppDeps } from '../../app/deps.ts';
import type { AuthRateLimits } from '../../http/rate-limits.ts';
import { clearSessionCookie, requireActor, setSessionCookie } from '../../http/session-cookie.ts';
import * as auth from './auth.service.ts';
import { describeDevice, endOtherSessions, endSession, listSessions } from './sessions.service.ts';

const noContent = { 204: z.null() };

export function registerAuthRoutes(app: FastifyInstance, deps: AppDeps, limits: AuthRateLimits): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const device = (ua: string | undefined) => describeDevice(ua);

  r.post('/auth/salt', { preHandler: limits.salt, schema: { body: saltRequestSchema, response: { 200: saltResponseSchema } } }, (req) => auth.getLoginSalt(req.body, deps));

  r.post('/auth/signup', { preHandler: limits.signUp, schema: { body: signUpRequestSchema, response: { 201: meResponseSchema } } }, async (req, reply) => {
    const { token, me } = await auth.signUp({ input: req.body, device: device(req.headers['user-agent']) }, deps);
    setSessionCookie(reply, deps, token);
    return reply.status(201).send(me);
  });

  r.post('/auth/login', { preHandler: limits.login, schema: { body: loginRequestSchema, response: { 200: meResponseSchema } } }, async (req, reply) => {
    const { token, me } = await auth.logIn({ ...req.body, device: device(req.headers['user-agent']) }, deps);
    req.log.info({ event: 'auth.login.succeeded', userId: me.user.id }, 'login');
    setSessionCookie(reply, deps, token);
    return me;
  });

  r.post('/auth/logout', { schema: { response: noContent } }, async (req, reply) => {
    if (req.actor) await deps.store.repos.sessions.delete({ id: req.actor.sessionId, userId: req.actor.userId });
    clearSessionCookie(reply, deps);
    // Tell the browser to drop anything it kept for this site (security-baseline §6.1).
    reply.header('Clear-Site-Data', '"cache", "cookies", "storage"');
    return reply.status(204).send(null);
  });

  r.get('/auth/me', { schema: { response: { 200: meResponseSchema } } }, (req) => auth.getMe({ userId: requireActor(req).userId }, deps));

  r.post('/auth/recovery/confirm', { preHandler: limits.secretCheck, schema: { body: confirmRecoveryRequestSchema, response: noContent } }, async (req, reply) => {
    await auth.confirmRecoveryCode({ userId: requireActor(req).userId, recoveryAuthKey: req.body.recoveryAuthKey }, deps);
    return reply.status(204).send(null);
  });

  r.post('/auth/password', { preHandler: limits.secretCheck, schema: { body: changePasswordRequestSchema, response: noContent } }, async (req, reply) => {
    const actor = requireActor(req);
    const token = await auth.changePassword({ userId: actor.userId, input: req.body, device: device(req.headers['user-agent']) }, deps);
    req.log.info({ event: 'auth.password.changed', userId: actor.userId }, 'password changed');
    setSessionCookie(reply, deps, token);
    return reply.status(204).send(null);
  });

  r.post('/auth/recover/start', { preHandler: limits.recovery, schema: { body: recoveryStartRequestSchema, response: { 200: recoveryStartResponseSchema } } }, (req) =>
    auth.startRecovery(req.body, deps),
  );

  r.post('/auth/recover/complete', { preHandler: limits.recovery, schema: { body: recoveryCompleteRequestSchema, response: { 200: meResponseSchema } } }, async (req, reply) => {
    const { token, me } = await auth.completeRecovery({ input: req.body, device: device(req.headers['user-agent']) }, deps);
    req.log.info({ event: 'auth.recovered', userId: me.user.id }, 'account recovered');
    setSessionCookie(reply, deps, token);
    return me;
  });

  r.post('/auth/account/delete', { preHandler: limits.secretCheck, schema: { body: deleteAccountRequestSchema, response: noContent } }, async (req, reply) => {
    const actor = requireActor(req);
    await auth.deleteAccount({ userId: actor.userId, authKey: req.body.authKey }, deps);
    req.log.info({ event: 'auth.account.deleted', userId: actor.userId }, 'account deleted');
    clearSessionCookie(reply, deps);
    reply.header('Clear-Site-Data', '"cache", "cookies", "storage"');
    return reply.status(204).send(null);
  });

  r.get('/auth/sessions', { schema: { response: { 200: sessionListResponseSchema } } }, async (req) => {
    const actor = requireActor(req);
    return { sessions: await listSessions({ userId: actor.userId, currentSessionId: actor.sessionId }, deps) };
  });

  r.delete('/auth/sessions/:sessionId', { schema: { params: z.strictObject({ sessionId: idSchema }), response: noContent } }, async (req, reply) => {
    await endSession({ userId: requireActor(req).userId, sessionId: req.params.sessionId }, deps);
    return reply.status(204).send(null);
  });

  r.post('/auth/sessions/revoke-others', { schema: { response: noContent } }, async (req, reply) => {
    const actor = requireActor(req);
    await endOtherSessions({ userId: actor.userId, currentSessionId: actor.sessionId }, deps);
    return reply.status(204).send(null);
  });
}
