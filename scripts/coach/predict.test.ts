import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('coach:predict', () => {
  it('writes one prediction per line, an error object for a bad line, and carries on', () => {
    const input = [
      '{"id":"a","task":"apology","text":"Mistakes were made."}',
      '{not json',
      '{"id":"c","task":"control","text":"Tell me about your day"}',
      '{"id":"h","task":"horsemen","text":"You left the cap off this morning"}',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/coach/predict.ts'], { input, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toEqual([
      { id: 'a', task: 'apology', overall: 'poor', components: [], defects: ['non_apology'] },
      { id: null, line: 2, error: { code: 'coach.invalid_json', message: 'This line is not valid JSON.' } },
      { id: 'c', task: 'control', class: 'curious' },
      { id: 'h', task: 'horsemen', horsemen: [] },
    ]);
  });
});
