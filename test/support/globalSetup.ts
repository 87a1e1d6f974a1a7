/**
 * Jest's global setup: a folder for the builds this run's test files share (test/support/runCache.ts). Workers
 * are started after this and inherit the variable; the global teardown removes the folder.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RUN_CACHE_ENV } from './runCache';

export default function globalSetup(): void {
  process.env[RUN_CACHE_ENV] = mkdtempSync(path.join(os.tmpdir(), 'wb-test-run-'));
}
