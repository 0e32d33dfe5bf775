import type { Dialect } from '../db/database.ts';

/** Dialects the database tests run on: TEST_DIALECTS=sqlite (default) or sqlite,postgres (CI). */
export function testDialects(): Dialect[] {
  const names = (process.env.TEST_DIALECTS ?? 'sqlite').split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of names) if (name !== 'sqlite' && name !== 'postgres') throw new Error(`unknown dialect in TEST_DIALECTS: ${name}`);
  return names as Dialect[];
}
