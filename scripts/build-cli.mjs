// Bundles the command line (src/cli/main.ts) into one CommonJS file; runtime packages stay external in node_modules.
import { build } from 'esbuild';
await build({
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  outfile: 'dist/cli/window-bulletin.cjs',
  logLevel: 'warning',
});
