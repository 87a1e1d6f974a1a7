/** Bundles fixtureEntry.ts (memory host + reference workbook) into one script text for page.addInitScript. */
import path from 'node:path';
import { build } from 'esbuild';

export type FixtureName = 'reference' | 'problems' | 'bulletin';

let bundled: Promise<string> | null = null;

function bundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [path.join(__dirname, 'fixtureEntry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundled;
}

/** The init script for a scenario: the fixture's name, then the bundle that reads it. */
export async function fixtureScript(name: FixtureName): Promise<string> {
  return `window.__WB_FIXTURE__ = ${JSON.stringify(name)};\n${await bundle()}`;
}
