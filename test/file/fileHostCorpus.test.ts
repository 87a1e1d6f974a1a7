/**
 * The hardening corpus (test/fixtures/*.xlsx) through the web page's host, as the page's worker reads it: the
 * same rankings and the same refusals as the command line gives (expectations.ts decides them, not the engine).
 * Among them the files WPS, LibreOffice and export systems write: shared formulas, inline strings, no cached values.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { openWorkbookFile } from '../../src/file/fileHost';
import { FIXTURE_CASES } from '../fixtures/expectations';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const ignore = { onOutput: () => undefined, onView: () => undefined };

describe.each(FIXTURE_CASES.map((c) => [c.file, c] as const))('%s', (file, fixture) => {
  it(fixture.trouble, async () => {
    const opened = await openWorkbookFile(new Uint8Array(readFileSync(path.join(FIXTURES, file))), file, ignore);
    const outcome = fixture.outcome;
    if (!opened.ok) {
      // Only a file the command line also cannot read may fail to open.
      expect(outcome).toEqual({ kind: 'rejected', errors: [{ code: 'UNREADABLE_FILE', at: [file] }] });
      expect(opened.problem.message).toContain(file);
      return;
    }
    await opened.host.listSources();
    const settings = outcome.kind === 'ranked' ? { ...DEFAULT_SETTINGS, sourceSheet: outcome.sheet } : DEFAULT_SETTINGS;
    const preview = await opened.host.preview(settings);
    const errors = preview.problems.filter((p) => p.severity === 'error');
    if (outcome.kind === 'ranked') {
      expect(errors).toEqual([]);
      expect(preview.bulletin?.rows.map((r) => ({ rank: r.rank, window: r.window, score: r.score }))).toEqual(
        outcome.rows.map((r) => ({ rank: r.rank, window: r.window, score: r.score })),
      );
    } else {
      expect(new Set(errors.map((p) => p.code))).toEqual(new Set(outcome.errors.map((e) => e.code)));
      expect((await opened.host.generate(settings)).ok).toBe(false);
    }
  });
});
