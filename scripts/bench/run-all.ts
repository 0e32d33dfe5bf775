import { execSync } from 'node:child_process';
import { benchApiThroughput } from './api-throughput.ts';
import { benchArgon2InChromium } from './argon2-chromium.ts';
import { benchIdleMemory, benchInitialJs } from './bundle-and-memory.ts';
import { benchReminderTick } from './reminder-tick.ts';

/**
 * `npm run bench`: the budgets of DESIGN.md §8 for issue 2. Run on an otherwise idle machine; the
 * API figure is a ratio to a bare Fastify route measured in the same run, so it travels across machines.
 */
const results: Record<string, Record<string, number | string>> = {};
execSync('npm run build', { stdio: 'ignore' });
console.log('Argon2id in Chromium…');
results.argon2idChromium = await benchArgon2InChromium();
console.log('Initial JavaScript…');
results.initialJs = benchInitialJs();
console.log('Idle server memory…');
results.idleMemory = await benchIdleMemory();
console.log('API throughput (list since sequence, 50 of 5,000)…');
results.apiThroughput = await benchApiThroughput();
console.log('Reminder scheduler tick (100,000 pending across 10,000 couples)…');
for (const dialect of ['sqlite', 'postgres'] as const) {
  try {
    const [figures] = await benchReminderTick([dialect]);
    results[`reminderTick_${dialect}`] = figures!;
  } catch (error) {
    results[`reminderTick_${dialect}`] = { skipped: `${dialect} not reachable (${error instanceof Error ? error.message : 'error'})` };
  }
}
console.log(JSON.stringify(results, null, 2));
const budgets = [
  ['Argon2id median ≤ 1500 ms', Number(results.argon2idChromium.medianMs) <= 1500],
  ['initial JS ≤ 180 KB gzip', Number(results.initialJs.initialJsGzipKB) <= 180],
  // The list answer carries ~37 KB of ciphertext against a 17-byte bare answer; see docs/benchmarks.md.
  ['list/bare ratio ≥ 0.3', Number(results.apiThroughput.ratio) >= 0.3],
] as const;
for (const [name, ok] of budgets) console.log(`${ok ? 'within budget' : 'OVER BUDGET  '}  ${name}`);
process.exit(0);
