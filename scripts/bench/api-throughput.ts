import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';

const DURATION_S = 8;
const SERVER_SCRIPT = resolve(import.meta.dirname, 'list-server.ts');

/** Starts a benchmark server in its own process and waits for its {url, cookie} line. */
async function startServer(mode: 'mend' | 'bare') {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_SCRIPT, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolveLine, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolveLine);
    child.once('exit', (code) => reject(new Error(`benchmark server exited with ${code}`)));
  });
  return { ...(JSON.parse(line) as { url: string; cookie: string }), stop: () => child.kill('SIGKILL') };
}

async function measure(url: string, cookie: string): Promise<number> {
  const result = await autocannon({ url, connections: 10, duration: DURATION_S, headers: cookie ? { cookie } : {} });
  if (result.non2xx > 0) throw new Error(`${result.non2xx} non-2xx responses from ${url}`);
  return result.requests.average;
}

/**
 * list-since-sequence returning 50 records for a couple that has 5,000, against a bare Fastify JSON
 * route, in the same run on the same machine; each server runs in its own process, the load generator
 * in this one. The ratio is what the budget checks; the ratio to a bare route sending an answer of the
 * same size (~37 KB) shows how much is Mend's own work rather than moving the bytes.
 */
export async function benchApiThroughput(): Promise<Record<string, number>> {
  const bare = await startServer('bare');
  const bareRps = await measure(bare.url, '');
  const barePayloadRps = await measure(`${bare.url}-payload`, '');
  bare.stop();
  const mend = await startServer('mend');
  const listRps = await measure(mend.url, mend.cookie);
  mend.stop();
  return {
    bareFastifyRps: Math.round(bareRps),
    bareSamePayloadRps: Math.round(barePayloadRps),
    listSince50of5000Rps: Math.round(listRps),
    ratio: Number((listRps / bareRps).toFixed(3)),
    ratioToSamePayload: Number((listRps / barePayloadRps).toFixed(3)),
  };
}
