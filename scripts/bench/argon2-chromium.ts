import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DEFAULT_ARGON2_PARAMS } from '../../packages/core/src/crypto/kdf.ts';

const require = createRequire(import.meta.url);

/** Argon2id with hash-wasm (the library the web app uses) at the default parameters, in Debian's Chromium. */
export async function benchArgon2InChromium(): Promise<Record<string, number | string>> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'mend-bench-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>argon2 bench</title>');
    await page.addScriptTag({ path: require.resolve('hash-wasm/dist/argon2.umd.min.js') });
    // A string, not a function: tsx would wrap a function with helpers that do not exist in the page.
    const p = DEFAULT_ARGON2_PARAMS;
    const timings = (await page.evaluate(`(async () => {
      const run = () => hashwasm.argon2id({ password: 'correct horse battery staple', salt: new Uint8Array(16).fill(7),
        memorySize: ${p.memoryKiB}, iterations: ${p.iterations}, parallelism: ${p.parallelism}, hashLength: 32, outputType: 'binary' });
      await run();
      const out = [];
      for (let i = 0; i < 5; i++) { const start = performance.now(); await run(); out.push(performance.now() - start); }
      return out.sort((a, b) => a - b);
    })()`)) as number[];
    return {
      params: `m=${DEFAULT_ARGON2_PARAMS.memoryKiB} KiB, t=${DEFAULT_ARGON2_PARAMS.iterations}, p=${DEFAULT_ARGON2_PARAMS.parallelism}`,
      medianMs: Math.round(timings[2]!),
      maxMs: Math.round(timings[4]!),
    };
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
