import { z } from 'zod';

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/**
 * Every setting the server reads, from environment variables, parsed once at boot. `.env.example`
 * lists them all; a bad value stops the boot with a message naming every problem at once.
 */
export const configSchema = z.strictObject({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** The origin people type into the browser; used for CSRF checks and secure cookies. */
  PUBLIC_ORIGIN: z.url().optional(),
  DATA_DIR: z.string().default('./data'),
  /** postgres://… switches from the embedded SQLite file to PostgreSQL. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, { message: 'must start with postgres://' }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Exact proxy addresses to trust for X-Forwarded-For (never "true": the client could spoof its IP). */
  TRUST_PROXY: z.string().optional(),
  SESSION_IDLE_HOURS: z.coerce.number().positive().max(24 * 30).default(24),
  SESSION_ABSOLUTE_DAYS: z.coerce.number().positive().max(90).default(7),
  SERVE_WEB: booleanFlag.default(true),
  WEB_DIST_DIR: z.string().optional(),
  API_DOCS: booleanFlag.default(true),
  /** 64 hex characters; only needed when several instances share PostgreSQL (else kept in DATA_DIR). */
  SERVER_SECRET: z.string().regex(/^[0-9a-f]{64}$/i, { message: 'must be 64 hexadecimal characters' }).optional(),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Only the variables this schema knows are read, so unrelated environment variables never fail the boot. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(configSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = configSchema.safeParse(known);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(config)'}: ${issue.message}`);
    throw new ConfigError(`Mend cannot start: the configuration has ${lines.length} problem(s):\n${lines.join('\n')}\nSee .env.example for every setting.`);
  }
  return parsed.data;
}

export function publicOrigin(config: Config): string {
  return config.PUBLIC_ORIGIN ?? `http://localhost:${config.PORT}`;
}

export function isSecureOrigin(config: Config): boolean {
  return publicOrigin(config).startsWith('https://');
}
