/**
 * The server side of the throughput benchmark, in its own process so the load generator does not
 * share its event loop: seeds a couple with 5,000 records, listens, prints one JSON line
 * {url, cookie} (or a bare Fastify route with `bare`), and runs until killed.
 */
import Fastify from 'fastify';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '../../packages/server/src/config/config.ts';
import { composeServer } from '../../packages/server/src/main.ts';
import { TEST_ORIGIN } from '../../packages/server/src/test/build-test-app.ts';
import { checkinContent, sealedRecordBody, seedCouple } from '../../packages/server/src/test/factories.ts';

process.on('SIGTERM', () => process.exit(0));

if (process.argv[2] === 'bare') {
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ hello: 'world' }));
  // The same size and shape as the list answer (50 records of base64 ciphertext), with no work behind it.
  const payload = { records: Array.from({ length: 50 }, (_, i) => ({ id: randomUUID(), kind: 'checkin', sealed: randomBytes(520).toString('base64url'), version: 1, n: i })), withdrawn: [], cursor: { mine: 0, shared: 5000 }, hasMore: false };
  bare.get('/bare-payload', async () => payload);
  const address = await bare.listen({ host: '127.0.0.1', port: 0 });
  console.log(JSON.stringify({ url: `${address}/bare`, cookie: '' }));
} else {
  const dataDir = mkdtempSync(join(tmpdir(), 'mend-bench-'));
  const config = configSchema.parse({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SERVE_WEB: 'false', PORT: '0', PUBLIC_ORIGIN: TEST_ORIGIN });
  const { app, deps } = await composeServer({ config, clock: () => new Date('2026-11-26T12:00:00Z') });
  await app.ready();
  const couple = await seedCouple(app);
  // 5,000 records written straight through the repository (the API allows one check-in a day).
  await deps.store.transaction(async (repos) => {
    for (let i = 0; i < 5000; i++) {
      const body = sealedRecordBody({ couple, author: couple.a, visibility: 'partner', content: checkinContent(`entry ${i} `.repeat(20)) });
      const ownSeq = await repos.couples.nextOwnSeq({ coupleId: couple.coupleId, userId: couple.a.id });
      const sharedSeq = await repos.couples.nextSharedSeq(couple.coupleId);
      const at = new Date().toISOString();
      await repos.records.insert({
        id: body.id, coupleId: couple.coupleId, authorId: couple.a.id, kind: 'checkin', visibility: 'partner', metadata: { localDay: '2026-01-01', timeZone: 'UTC' },
        sealed: body.sealed, version: 1, ownSeq, sharedSeq, uniqueKey: null, targetId: null, createdAt: at, updatedAt: at, deletedAt: null,
      });
    }
  });
  const path = `/api/v1/couples/${couple.coupleId}/records?mine=0&shared=4950`;
  const count = ((await couple.b.client.get(path)).json() as { records: unknown[] }).records.length;
  if (count !== 50) throw new Error(`expected 50 records, got ${count}`);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  console.log(JSON.stringify({ url: `${address}${path}`, cookie: couple.b.client.cookie }));
}
