/**
 * Builds the task pane with the project's webpack config (production) into a folder, and measures what
 * Excel downloads before the pane can render: the scripts taskpane.html loads, gzipped. Shared by the
 * end-to-end test (which serves the build) and `npm run bench` (bundle section).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const run = promisify(execFile);
/** The repository root: found from this file upwards, since the bench runs it from a bundle in .tmp/run/. */
export function findRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'webpack.config.js'))) return dir;
  }
  return process.cwd();
}

const ROOT = findRoot();

/** The budget for the initial task-pane JavaScript. */
export const INITIAL_JS_BUDGET_GZ = 150 * 1024;

/** Packages that must never reach the Excel path's initial download. */
export const FORBIDDEN_IN_INITIAL = ['exceljs', 'docx', 'core-js', 'regenerator-runtime', 'jszip'];

/**
 * The production build into outDir. Without a manifestBaseUrl the manifest is left out (there is no host URL to
 * rewrite it to); with one, it is written with its URLs on that host, as `ADDIN_BASE_URL=… npm run build` does.
 */
export async function buildPane(outDir: string, options: { manifestBaseUrl?: string } = {}): Promise<void> {
  const cli = path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js');
  const manifest = options.manifestBaseUrl ? [] : ['--env', 'noManifest'];
  const env = options.manifestBaseUrl ? { ...process.env, ADDIN_BASE_URL: options.manifestBaseUrl } : process.env;
  try {
    await run(process.execPath, [cli, '--mode', 'production', '--env', `outDir=${outDir}`, ...manifest], {
      cwd: ROOT,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`任务窗格构建失败：${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** npm packages whose code is in the file (from its source map). */
  packages: string[];
}

export interface BundleReport {
  initial: ScriptSize[];
  lazy: ScriptSize[];
  initialGzipBytes: number;
  lazyGzipBytes: number;
}

function packagesOf(mapFile: string): string[] {
  let sources: string[] = [];
  try {
    sources = (JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] }).sources;
  } catch {
    // A build without source maps cannot say which packages are in a file; the size is still measured.
    return [];
  }
  const names = new Set<string>();
  for (const s of sources) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
    if (m) names.add(m[1]);
  }
  return [...names].sort();
}

function sizeOf(outDir: string, file: string): ScriptSize {
  const content = readFileSync(path.join(outDir, file));
  return {
    file,
    bytes: content.length,
    gzipBytes: gzipSync(content, { level: 9 }).length,
    packages: packagesOf(path.join(outDir, `${file}.map`)),
  };
}

/** The local scripts an HTML page of the build loads. */
function pageScripts(outDir: string, page: string): string[] {
  const html = readFileSync(path.join(outDir, page), 'utf8');
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

/**
 * Scripts of taskpane.html (its own, not Office.js from the CDN) are initial; the scripts of the other pages
 * (the ribbon's commands.html and its report dialog) are not the pane's; every other .js is loaded on demand.
 */
export function measureBundle(outDir: string): BundleReport {
  const initialFiles = pageScripts(outDir, 'taskpane.html');
  const otherPages = readdirSync(outDir).filter((f) => f.endsWith('.html') && f !== 'taskpane.html');
  const notPane = new Set(otherPages.flatMap((page) => pageScripts(outDir, page)));
  const allJs = readdirSync(outDir).filter((f) => f.endsWith('.js'));
  const initial = initialFiles.map((f) => sizeOf(outDir, f));
  const lazy = allJs.filter((f) => !initialFiles.includes(f) && !notPane.has(f)).map((f) => sizeOf(outDir, f));
  const sum = (xs: ScriptSize[]): number => xs.reduce((n, x) => n + x.gzipBytes, 0);
  return { initial, lazy, initialGzipBytes: sum(initial), lazyGzipBytes: sum(lazy) };
}

export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}
