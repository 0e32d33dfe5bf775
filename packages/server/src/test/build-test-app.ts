import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { configSchema } from '../config/config.ts';
import type { Dialect } from '../db/database.ts';
import { buildApp } from '../http/build-app.ts';
import type { AppDeps } from '../app/deps.ts';
import { createAppDeps } from '../app/create-app-deps.ts';
import { createTestDatabase, type TestDatabase } from './test-db.ts';

export const TEST_ORIGIN = 'http://localhost:3000';

/** A clock tests can move: sessions expire and days change without waiting. */
export function createTestClock(start = new Date('2026-11-26T12:00:00.000Z')) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
    set: (date: Date) => {
      now = date.getTime();
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  db: TestDatabase;
  clock: ReturnType<typeof createTestClock>;
  /** every log line the server wrote, for tests that check nothing private is logged */
  logs: string[];
  /** every route the app registered, as `METHOD /url` (HEAD routes Fastify adds for GET are left out) */
  routes: string[];
  close(): Promise<void>;
}

export async function buildTestApp({ dialect, rateLimits = false }: { dialect: Dialect; rateLimits?: boolean }): Promise<TestApp> {
  const db = await createTestDatabase(dialect);
  const clock = createTestClock();
  const config = configSchema.parse({ NODE_ENV: 'test', DATA_DIR: db.dataDir, LOG_LEVEL: 'info', SERVE_WEB: 'false' });
  const { deps } = createAppDeps({ config, handle: db.handle, clock: clock.now, serverSecret: randomBytes(32) });
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const routes: string[] = [];
  const onRoute = ({ method, url }: { method: string | string[]; url: string }) => {
    for (const m of [method].flat()) if (m !== 'HEAD') routes.push(`${m} ${url}`);
  };
  const app = await buildApp({ deps, handle: db.handle, logStream, rateLimits, onRoute });
  await app.ready();
  return {
    app,
    deps,
    db,
    clock,
    logs,
    routes,
    close: async () => {
      await app.close();
      await db.destroy();
    },
  };
}

/**
 * A browser-like caller: keeps its session cookie and sends the headers the SPA sends (same origin,
 * JSON, X-Requested-With) so tests exercise the real checks.
 */
export class TestClient {
  cookie: string | undefined;
  constructor(private readonly app: FastifyInstance) {}

  async request(options: { method: InjectOptions['method']; url: string; body?: unknown; headers?: Record<string, string> }): Promise<LightMyRequestResponse> {
    const isWrite = !['GET', 'HEAD', 'OPTIONS'].includes(String(options.method));
    const response = await this.app.inject({
      method: options.method,
      url: options.url,
      headers: {
        ...(isWrite ? { origin: TEST_ORIGIN, 'sec-fetch-site': 'same-origin', 'x-requested-with': 'mend', 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...options.headers,
      },
      ...(isWrite ? { payload: JSON.stringify(options.body ?? {}) } : {}),
    });
    const setCookie = response.headers['set-cookie'];
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair] = line.split(';');
      if (!pair) continue;
      const [name, value] = pair.split('=');
      if (name?.endsWith('mend_session')) this.cookie = value ? `${name}=${value}` : undefined;
    }
    return response;
  }

  get = (url: string) => this.request({ method: 'GET', url });
  post = (url: string, body?: unknown) => this.request({ method: 'POST', url, body });
  put = (url: string, body?: unknown) => this.request({ method: 'PUT', url, body });
  delete = (url: string) => this.request({ method: 'DELETE', url });
}
