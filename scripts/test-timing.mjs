// Where a jest run's time went, per test file, from its JSON report:
//   npx jest --json --outputFile=out/jest.json; node scripts/test-timing.mjs out/jest.json [N=20]
// "setup" is the file's wall time outside its tests' own durations: module loading, beforeAll/afterAll (builds,
// browser launch, generated workbooks made there), so a build repeated per file shows up as setup.
import { readFileSync } from 'node:fs';

const [file, n = '20'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/test-timing.mjs JEST_JSON [N]');
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const rows = report.testResults.map((t) => {
  const wall = (t.endTime - t.startTime) / 1000;
  const inTests = t.assertionResults.reduce((sum, a) => sum + (a.duration ?? 0), 0) / 1000;
  const slowest = [...t.assertionResults].sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0))[0];
  return { file: t.name.replace(/^.*?\/test\//, 'test/'), wall, setup: wall - inTests, slowest };
});
rows.sort((a, b) => b.wall - a.wall);
const sum = (xs, key) => xs.reduce((s, x) => s + x[key], 0);
const end = Math.max(...report.testResults.map((t) => t.endTime));
console.log(`${rows.length} files, run ${((end - report.startTime) / 1000).toFixed(0)} s, files' wall time ${sum(rows, 'wall').toFixed(0)} s, of it setup ${sum(rows, 'setup').toFixed(0)} s`);
console.log('  wall  setup  file  (slowest test)');
for (const r of rows.slice(0, Number(n))) {
  const slow = r.slowest ? `${((r.slowest.duration ?? 0) / 1000).toFixed(1)} s ${r.slowest.title.slice(0, 60)}` : '';
  console.log(`${r.wall.toFixed(1).padStart(6)} ${r.setup.toFixed(1).padStart(6)}  ${r.file}  (${slow})`);
}
