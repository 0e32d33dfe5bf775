import { it } from 'vitest';
import { buildTestApp } from '../test/build-test-app.ts';
it('probe', async () => {
  const t = await buildTestApp({ dialect: 'sqlite' });
  console.log(t.app.printRoutes({ commonPrefix: false }));
  await t.close();
});
