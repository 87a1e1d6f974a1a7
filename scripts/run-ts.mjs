// Runs a TypeScript script of this repository: bundles it with esbuild (packages stay in node_modules) into
// .tmp/run/ and imports the bundle. Usage: node scripts/run-ts.mjs scripts/make-sample.ts [args...]
import { build } from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function runTs(entry) {
  const outfile = path.resolve('.tmp/run', `${path.basename(entry, '.ts')}.cjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    sourcemap: 'inline',
    outfile,
    logLevel: 'warning',
  });
  await import(pathToFileURL(outfile).href);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const entry = process.argv[2];
  if (!entry) {
    console.error('usage: node scripts/run-ts.mjs FILE.ts [args...]');
    process.exit(2);
  }
  process.argv.splice(2, 1); // the script sees its own arguments from argv[2]
  await runTs(entry);
}
