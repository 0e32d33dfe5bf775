/**
 * `npm run -s coach:predict < in.jsonl > out.jsonl` — one prediction per input line, in order.
 * A bad line gets an error object on its own output line and the run goes on. The analysis is the
 * same pure code the browser runs; this script only reads stdin and writes stdout.
 */
import { createInterface } from 'node:readline';
import { predictLine } from '../../packages/core/src/coach/predict.ts';

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let n = 0;
for await (const line of lines) {
  n += 1;
  const out = predictLine(line, n);
  if (out !== undefined) process.stdout.write(`${JSON.stringify(out)}\n`);
}
