/**
 * `npm run demo`: a fresh temporary database with a demo couple, three weeks of check-ins and of small
 * promises (mostly kept, some owned misses, a renegotiation, a release), written
 * through the web app's own vault and API client (so everything is encrypted exactly like real data),
 * then the app keeps running for you to log in as either partner.
 *
 * The server's clock is moved back day by day while the history is written (check-ins can only be
 * written on their own day), then returns to real time before the app opens to you.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '../packages/server/src/config/config.ts';
import { composeServer } from '../packages/server/src/main.ts';
import { createApiClient } from '../packages/web/src/api/api-client.ts';
import { createVault } from '../packages/web/src/vault/vault.ts';
import { isCheckin } from '../packages/web/src/vault/record-types.ts';
import { DEMO_DAYS } from './demo-story.ts';
import { DEMO_PROMISES, writeDemoPromise } from './demo-promises.ts';

const port = Number(process.env.PORT ?? 3000);
const origin = `http://localhost:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'mend-demo-'));
const DAY = 86_400_000;
let offsetMs = -(DEMO_DAYS.length - 1) * DAY;
const now = () => new Date(Date.now() + offsetMs);

// Long session limits: the history is written across three weeks of simulated days.
const config = configSchema.parse({ DATA_DIR: dataDir, PORT: String(port), PUBLIC_ORIGIN: origin, LOG_LEVEL: 'warn', SESSION_IDLE_HOURS: '720', SESSION_ABSOLUTE_DAYS: '90' });
const { app } = await composeServer({ config, clock: now });
await app.listen({ host: config.HOST, port });

/** A fetch that keeps one person's session cookie and sends the Origin a browser would. */
function browserLikeFetch() {
  let cookie = '';
  return async (input: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('origin', origin);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(input, { ...init, headers });
    const set = response.headers.getSetCookie().find((c) => c.startsWith('mend_session='));
    if (set) cookie = set.split(';')[0]!;
    return response;
  };
}

function person() {
  return createVault({ api: createApiClient({ baseUrl: origin, fetch: browserLikeFetch() }), origin, now });
}

const people = [
  { email: 'alex@demo.mend', name: 'Alex', password: 'demo-password-alex' },
  { email: 'sam@demo.mend', name: 'Sam', password: 'demo-password-sam' },
] as const;

console.log('Creating the demo couple (key derivation takes a second or two each)…');
const alex = person();
const sam = person();
await alex.confirmRecoveryCode(await alex.signUp({ email: people[0].email, displayName: people[0].name, password: people[0].password }));
await alex.createCouple('rebuilding');
const link = await alex.createInvite();
await sam.confirmRecoveryCode(await sam.signUp({ email: people[1].email, displayName: people[1].name, password: people[1].password }));
const url = new URL(link);
await sam.openInvite(url.pathname.split('/').at(-1)!, url.hash.slice(1));
await sam.acceptInvite('hurt');

for (const [index, day] of DEMO_DAYS.entries()) {
  offsetMs = -(DEMO_DAYS.length - 1 - index) * DAY;
  process.stdout.write(`\rWriting three weeks of check-ins and promises… day ${index + 1} of ${DEMO_DAYS.length}`);
  if (day.alex) await alex.saveCheckin({ content: day.alex.content, visibility: day.alex.visibility });
  if (day.sam) await sam.saveCheckin({ content: day.sam.content, visibility: day.sam.visibility });
  if (day.samReacts && day.alex?.visibility === 'partner') {
    await sam.sync();
    const target = sam.records.list().filter(isCheckin).find((r) => r.authorId !== sam.getSnapshot().user?.id && r.metadata.localDay === alex.records.list().filter(isCheckin).at(-1)?.metadata.localDay);
    if (target) await sam.react({ targetId: target.id, reaction: day.samReacts });
  }
  for (const promise of DEMO_PROMISES.filter((p) => p.day === index)) {
    await sam.sync();
    await writeDemoPromise({ alex, sam, now: now(), promise });
  }
  await alex.sync();
}
offsetMs = 0;
await alex.logOut();
await sam.logOut();

console.log(`

Mend demo is running at ${origin}  (data in ${dataDir}; press Ctrl+C to stop)

  Alex (rebuilding trust):            ${people[0].email}  /  ${people[0].password}
  Sam  (deciding whether to trust):   ${people[1].email}  /  ${people[1].password}

Everything they wrote is encrypted; the server holds only ciphertext.`);
