// Runs a TypeScript script of this repository: bundles it with esbuild (packages stay in node_modules) into
// .tmp/run/ and imports the bundle. Usage: node scripts/run-ts.mjs scripts/make-sample.ts [args...]
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function runTs(entry) {
  // One bundle per process: a test regenerating the sample and a bench run may bundle at the same time.
  const outfile = path.resolve('.tmp/run', `${path.basename(entry, '.ts')}.${process.pid}.cjs`);
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
  try {
    await import(pathToFileURL(outfile).href);
  } finally {
    // The module is loaded (its async work continues in memory); the bundle file is no longer needed.
    rmSync(outfile, { force: true });
  }
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
