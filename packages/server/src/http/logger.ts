import type { FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';

/** IPv4 to /24, IPv6 to /48: enough to see abuse patterns, not enough to locate a person. */
export function truncateIp(ip: string | undefined): string {
  if (!ip) return '';
  if (ip.includes('.')) return ip.replace(/\.\d+$/, '.0');
  return ip.split(':').slice(0, 3).join(':') + '::';
}

/**
 * Logs carry event types and ids, never bodies, cookies, tokens or ciphertext (security-baseline §6.5).
 * The request serializer keeps method, route and a truncated IP; query strings are dropped.
 */
export function loggerOptions({ level, stream }: { level: string; stream?: DestinationStream }): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.token', '*.body', '*.content', '*.note', '*.sealed', '*.authKey'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; ip?: string; socket?: { remoteAddress?: string } }) => ({
        method: req.method,
        url: req.url.split('?')[0],
        ip: truncateIp(req.ip ?? req.socket?.remoteAddress),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  } as FastifyServerOptions['logger'];
}
