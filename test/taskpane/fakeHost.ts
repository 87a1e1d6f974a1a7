/**
 * A recording BulletinHost whose answers the test sets: for pane behaviour that does not depend on the engine
 * (loading, failures, a generate that is still running). Engine-backed behaviour uses the memory host.
 */
import type { BulletinHost, BulletinSheetResult, InsertTemplateResult, GenerateResult, PreviewResult, ProgressListener, SourceInfo } from '../../src/core/hostContract';
import type { BulletinRow, BulletinTable } from '../../src/core/model';
import { DEFAULT_SETTINGS, type BulletinSettings } from '../../src/core/settings';

export interface FakeHost extends BulletinHost {
  calls: { method: string; args: unknown[] }[];
  callsTo(method: keyof BulletinHost): unknown[][];
}

export interface FakeAnswers {
  sources?: () => Promise<SourceInfo[]>;
  settings?: () => Promise<BulletinSettings>;
  save?: (s: BulletinSettings) => Promise<void>;
  preview?: (s: BulletinSettings) => Promise<PreviewResult>;
  generate?: (s: BulletinSettings, onProgress?: ProgressListener) => Promise<GenerateResult>;
  selectCell?: () => Promise<void>;
  activateSheet?: () => Promise<void>;
  generateBulletin?: (s: BulletinSettings) => Promise<BulletinSheetResult>;
  insertTemplate?: () => Promise<InsertTemplateResult>;
}

export function fakeHost(answers: FakeAnswers = {}): FakeHost {
  const calls: { method: string; args: unknown[] }[] = [];
  const record = <T>(method: string, args: unknown[], answer: () => Promise<T>): Promise<T> => {
    calls.push({ method, args });
    return answer();
  };
  return {
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method).map((c) => c.args),
    listSources: () => record('listSources', [], answers.sources ?? (async () => [])),
    loadSettings: () => record('loadSettings', [], answers.settings ?? (async () => ({ ...DEFAULT_SETTINGS }))),
    saveSettings: (s) => record('saveSettings', [s], () => (answers.save ?? (async () => undefined))(s)),
    preview: (s) => record('preview', [s], () => (answers.preview ?? (async () => emptyPreview()))(s)),
    generate: (s, p) =>
      record('generate', [s], () => (answers.generate ?? (async () => ({ ok: false, sheetName: null, problems: [], syncs: 0 })))(s, p)),
    selectCell: (sheet, cell) => record('selectCell', [sheet, cell], answers.selectCell ?? (async () => undefined)),
    activateSheet: (name) => record('activateSheet', [name], answers.activateSheet ?? (async () => undefined)),
    generateBulletin: (s) =>
      record('generateBulletin', [s], () => (answers.generateBulletin ?? (async () => ({ ok: false, sheetName: null, document: null, problems: [] })))(s)),
    insertTemplate: () => record('insertTemplate', [], answers.insertTemplate ?? (async () => ({ added: [], skipped: [], problems: [] }))),
  };
}

export function emptyPreview(): PreviewResult {
  return { sheet: 'Sheet1', header: null, bulletin: null, problems: [] };
}

/** A bulletin row as the engine would publish it, for previews the test spells out. */
export function row(rankLabel: string, rank: number, window: string, score: string, tieSize = 1, firstOfTie = true): BulletinRow {
  const n = Number(score);
  return {
    rank,
    rankLabel,
    window,
    base: 100,
    deductionShown: 0,
    bonus: n - 100,
    score: n,
    text: { base: '100', deduction: '0', bonus: String(n - 100), score },
    firstOfTie,
    tieSize,
  };
}

export function bulletin(rows: BulletinRow[]): BulletinTable {
  return { title: '2023年8月省政务服务大厅进驻部门（单位）窗口考核结果', columns: ['排名', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值'], rows };
}

/** A promise the test settles when it chooses, to hold the pane in a state (loading, generating). */
export function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
