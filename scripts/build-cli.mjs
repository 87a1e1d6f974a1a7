// Bundles the command line (src/cli/entry.ts → main.ts) into one CommonJS file; runtime packages stay external in node_modules.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
await build({
  entryPoints: ['src/cli/entry.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  define: { WINDOW_BULLETIN_VERSION: JSON.stringify(version) },
  outfile: 'dist/cli/window-bulletin.cjs',
  logLevel: 'warning',
});
