// `npm run bench [-- SECTION...]`: bundles bench/index.ts with esbuild and runs it (see bench/index.ts).
import { runTs } from './run-ts.mjs';
await runTs('bench/index.ts');
