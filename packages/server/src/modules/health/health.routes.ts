import type { FastifyInstance } from 'fastify';
import { pingDatabase, type DatabaseHandle } from '../../db/database.ts';

/** Liveness and database reachability for an operator's monitor; nothing about users. */
export function registerHealthRoutes(app: FastifyInstance, handle: DatabaseHandle): void {
  app.get('/healthz', { config: { public: true }, schema: { hide: true } }, async (_req, reply) => {
    try {
      await pingDatabase(handle);
      return { status: 'ok' };
    } catch {
      return reply.status(503).send({ status: 'database unavailable' });
    }
  });
}
