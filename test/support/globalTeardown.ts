/** Jest's global teardown: removes the run's shared builds (see globalSetup.ts). */
import { rmSync } from 'node:fs';
import { RUN_CACHE_ENV } from './runCache';

export default function globalTeardown(): void {
  const folder = process.env[RUN_CACHE_ENV];
  if (folder) rmSync(folder, { recursive: true, force: true });
}
