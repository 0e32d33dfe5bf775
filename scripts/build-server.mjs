// Bundles the server and the admin CLI into one JavaScript file for `npm start`, so production does
// not run the TypeScript loader (which keeps a second JavaScript engine in memory). Dependencies stay
// in node_modules; only the project's own code (server and core) is bundled.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const dependencies = (path) => Object.keys(JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')).dependencies ?? {});
const external = [...dependencies('../packages/server/package.json'), ...dependencies('../packages/core/package.json')].filter((name) => !name.startsWith('@mend/'));

await build({
  entryPoints: [new URL('../packages/server/src/cli/main.ts', import.meta.url).pathname],
  outfile: new URL('../packages/server/dist/mend.mjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: [...external, ...external.map((name) => `${name}/*`)],
  banner: { js: "import { createRequire as __mendCreateRequire } from 'node:module'; const require = __mendCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.log('Built packages/server/dist/mend.mjs');
