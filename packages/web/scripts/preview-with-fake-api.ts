/* eslint-disable no-restricted-imports -- a Node dev tool (never bundled): serves dist with the in-memory fake API. */
/** Run: node --import tsx packages/web/scripts/preview-with-fake-api.ts (after building), then open http://localhost:4321 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createFakeServer } from '../src/test/fake-server.ts';

const dist = new URL('../dist/', import.meta.url).pathname;
const fake = createFakeServer();
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.html': 'text/html', '.webmanifest': 'application/manifest+json' };

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost:4321');
  if (url.pathname.startsWith('/api/')) {
    if (url.pathname.endsWith('/events')) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write(': hi\n\n');
      const t = setInterval(() => res.write('event: sync\ndata: \n\n'), 3000);
      req.on('close', () => clearInterval(t));
      return;
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const request = new Request(url, { method: req.method, headers, ...(chunks.length && req.method !== 'GET' ? { body: Buffer.concat(chunks) } : {}) });
    const response = await fake.handle(request);
    const out: Record<string, string> = {};
    response.headers.forEach((v, k) => (out[k] = v));
    res.writeHead(response.status, out);
    res.end(Buffer.from(await response.arrayBuffer()));
    return;
  }
  let file = join(dist, url.pathname);
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    file = join(dist, 'index.html');
    body = await readFile(file);
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP });
  res.end(body);
}).listen(4321, () => console.log('preview on http://localhost:4321'));
