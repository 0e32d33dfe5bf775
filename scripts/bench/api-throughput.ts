import autocannon from 'autocannon';
import Fastify from 'fastify';
import { configSchema } from '../../packages/server/src/config/config.ts';
import { composeServer } from '../../packages/server/src/main.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_ORIGIN, TestClient } from '../../packages/server/src/test/build-test-app.ts';
import { checkinContent, sealedRecordBody, seedCouple } from '../../packages/server/src/test/factories.ts';

const DURATION_S = 8;

async function measure(url: string, headers: Record<string, string> = {}): Promise<number> {
  const result = await autocannon({ url, connections: 10, duration: DURATION_S, headers });
  return result.requests.average;
}

/**
 * list-since-sequence returning 50 records for a couple that has 5,000, against a bare Fastify JSON
 * route, in the same run on the same machine: the ratio is what the budget checks.
 */
export async function benchApiThroughput(): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mend-bench-'));
  const config = configSchema.parse({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SERVE_WEB: 'false', PORT: '0', PUBLIC_ORIGIN: TEST_ORIGIN });
  const { app, handle, deps } = await composeServer({ config, clock: () => new Date('2026-11-26T12:00:00Z') });
  await app.ready();
  const couple = await seedCouple(app);
  // 5,000 records written straight through the repository (the API allows one check-in a day).
  await deps.store.transaction(async (repos) => {
    for (let i = 0; i < 5000; i++) {
      const body = sealedRecordBody({ couple, author: couple.a, visibility: 'partner', content: checkinContent(`entry ${i} `.repeat(20)) });
      const ownSeq = await repos.couples.nextOwnSeq({ coupleId: couple.coupleId, userId: couple.a.id });
      const sharedSeq = await repos.couples.nextSharedSeq(couple.coupleId);
      await repos.records.insert({
        id: body.id, coupleId: couple.coupleId, authorId: couple.a.id, kind: 'checkin', visibility: 'partner', metadata: { localDay: '2026-01-01', timeZone: 'UTC' },
        sealed: body.sealed, version: 1, ownSeq, sharedSeq, uniqueKey: null, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), deletedAt: null,
      });
    }
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `${address}/api/v1/couples/${couple.coupleId}/records?mine=0&shared=4950`;
  const check = await (couple.b.client as TestClient).get(`/api/v1/couples/${couple.coupleId}/records?mine=0&shared=4950`);
  const count = (check.json() as { records: unknown[] }).records.length;
  if (count !== 50) throw new Error(`expected 50 records, got ${count}`);

  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ hello: 'world' }));
  const bareAddress = await bare.listen({ host: '127.0.0.1', port: 0 });

  const bareRps = await measure(`${bareAddress}/bare`);
  const listRps = await measure(url, { cookie: couple.b.client.cookie! });
  await bare.close();
  await app.close();
  await handle.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { bareFastifyRps: Math.round(bareRps), listSince50of5000Rps: Math.round(listRps), ratio: Number((listRps / bareRps).toFixed(3)) };
}
