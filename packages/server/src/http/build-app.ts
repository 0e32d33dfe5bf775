import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import type { AppDeps } from '../app/deps.ts';
import { isSecureOrigin, publicOrigin } from '../config/config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { notAuthenticated } from '../modules/auth/auth.errors.ts';
import { registerAuthRoutes } from '../modules/auth/auth.routes.ts';
import { registerCouplesRoutes } from '../modules/couples/couples.routes.ts';
import { registerEventsRoutes } from '../modules/events/events.routes.ts';
import { registerHealthRoutes } from '../modules/health/health.routes.ts';
import { registerRecordsRoutes } from '../modules/records/records.routes.ts';
import { registerNotificationsRoutes } from '../modules/notifications/notifications.routes.ts';
import { registerCsrfProtection } from './csrf.ts';
import { frameworkErrors, registerErrorHandler, registerNotFoundHandler } from './error-handler.ts';
import { loggerOptions } from './logger.ts';
import { authRateLimits } from './rate-limits.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { loadActor } from './session-cookie.ts';
import { registerWebApp } from './web-app.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** routes reachable without a session; every other /api route requires one (secure by default) */
    public?: boolean;
  }
}

export interface BuildAppOptions {
  deps: AppDeps;
  handle: DatabaseHandle;
  logStream?: DestinationStream;
  rateLimits?: boolean;
  webDistDir?: string;
  /** called for every route as it is registered (the authorization matrix test enumerates routes with it) */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
}

const PUBLIC_API_ROUTES = new Set(['/api/v1/auth/salt', '/api/v1/auth/signup', '/api/v1/auth/login', '/api/v1/auth/logout', '/api/v1/auth/recover/start', '/api/v1/auth/recover/complete', '/api/v1/invites/:inviteId/open', '/api/docs']);

export async function buildApp({ deps, handle, logStream, rateLimits = true, webDistDir, onRoute }: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: loggerOptions({ level: config.LOG_LEVEL, ...(logStream ? { stream: logStream } : {}) }),
    bodyLimit: 256 * 1024,
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    return503OnClosing: true,
    frameworkErrors,
    trustProxy: config.TRUST_PROXY ? config.TRUST_PROXY.split(',').map((s) => s.trim()) : false,
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 100 },
  });
  if (onRoute) app.addHook('onRoute', (route) => onRoute({ method: route.method, url: route.url }));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await registerSecurityHeaders(app, { secure: isSecureOrigin(config) });
  registerCsrfProtection(app, { origin: publicOrigin(config) });

  // Every /api route needs a session unless it is listed as public.
  app.addHook('onRequest', async (request) => {
    // The matched route, not the raw URL: the router decodes %61pi to api.
    const route = request.routeOptions.url;
    if (!(route ?? request.url).startsWith('/api/')) return;
    await loadActor(request, deps);
    if (!request.actor && route !== undefined && !PUBLIC_API_ROUTES.has(route)) throw notAuthenticated();
  });

  await app.register(swagger, {
    openapi: { info: { title: 'Mend API', version: '1' }, servers: [{ url: '/' }] },
    transform: jsonSchemaTransform,
  });

  const limits = authRateLimits(app, { enabled: rateLimits });
  await app.register(
    async (api) => {
      registerAuthRoutes(api, deps, limits);
      registerCouplesRoutes(api, deps, limits);
      registerRecordsRoutes(api, deps);
      registerEventsRoutes(api, deps);
      registerNotificationsRoutes(api, deps);
    },
    { prefix: '/api/v1' },
  );
  if (config.API_DOCS) app.get('/api/docs', { schema: { hide: true } }, async () => app.swagger());
  registerHealthRoutes(app, handle);
  const spa = webDistDir ? await registerWebApp(app, webDistDir) : false;
  registerNotFoundHandler(app, { spa });
  return app;
}
