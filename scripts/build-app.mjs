// Builds the web page (src/app) into one self-contained dist/app.html: the page's script and its worker's script
// inlined, no other file, so it opens from file://, a folder, a USB stick or any static host, offline.
//   node scripts/build-app.mjs [--outDir DIR] [--dev]
// Targets Chromium 86 (domestic browsers on government machines often run an older core). The worker (file
// reading, ranking, the copy writer) is bundled for the browser: Buffer comes from the `buffer` package; the two
// Node modules the CLI's paths import but the page never reaches are replaced by stand-ins (see browserStandIns).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outDir = args.includes('--outDir') ? path.resolve(args[args.indexOf('--outDir') + 1]) : path.join(root, 'dist');
const dev = args.includes('--dev');
export const APP_TARGET = 'chrome86';

const common = {
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: APP_TARGET,
  minify: !dev,
  jsx: 'automatic',
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production'), global: 'globalThis' },
  absWorkingDir: root,
};

/**
 * node:fs is imported by the reader for the CLI's path reads (readWorkbookBytes), and `fs` by ExcelJS's utils (for
 * its date-format test, dateStyles.ts) for a helper never called; the page reads a File's bytes. node:zlib gives the copy writer its fast checksum; without crc32 it uses JSZip's own check
 * (verifyParts.ts). node:stream feeds ExcelJS's streaming writer, which the browser build of ExcelJS lacks
 * (planParts.ts then uses the ordinary writer).
 */
const browserStandIns = {
  name: 'browser-stand-ins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?(fs|zlib|stream)$/ }, (a) => ({ path: a.path.replace(/^(node:)?/, 'node:'), namespace: 'stand-in' }));
    b.onLoad({ filter: /.*/, namespace: 'stand-in' }, (a) => {
      const reached = `throw new Error(${JSON.stringify(`${a.path} 在网页中不可用`)})`;
      const contents = {
        'node:fs': `export const promises = { readFile() { ${reached} } };`,
        'node:zlib': `export const crc32 = undefined; export function createInflateRaw() { ${reached} }`,
        'node:stream': `export class PassThrough { constructor() { ${reached} } }`,
      }[a.path];
      return { contents, loader: 'js' };
    });
  },
};

/**
 * `virtual:host-worker` (src/app/startWorker.ts) and `virtual:docx-worker` (src/app/docxInWorker.ts): the workers'
 * bundled scripts, as strings. The pane's on-demand import of src/export/docx.ts is answered by docxInWorker.ts,
 * which runs the same code in a worker (a single file cannot load a chunk later; a worker's text can wait unparsed).
 */
function workerSource(workerJs, docxJs) {
  return {
    name: 'worker-sources',
    setup(b) {
      b.onResolve({ filter: /^virtual:(host|docx)-worker$/ }, (a) => ({ path: a.path.slice('virtual:'.length), namespace: 'worker-source' }));
      b.onLoad({ filter: /.*/, namespace: 'worker-source' }, (a) => ({
        contents: `export default ${JSON.stringify(a.path === 'host-worker' ? workerJs : docxJs)};`,
        loader: 'js',
      }));
      b.onResolve({ filter: /\/export\/docx$/ }, (a) =>
        a.importer.endsWith(path.join('src', 'taskpane', 'bulletinExport.ts')) ? { path: path.join(root, 'src/app/docxInWorker.ts') } : undefined,
      );
    },
  };
}

/** `</script` must not appear inside the inline script: it would end the element there. */
const inlineSafe = (js) => js.replace(/<\/script/gi, '<\\/script');

export async function buildApp(dir = outDir) {
  const worker = await build({
    ...common,
    entryPoints: ['src/file/hostWorker.ts'],
    inject: [path.join(root, 'scripts/buffer-shim.mjs')],
    plugins: [browserStandIns],
  });
  const workerJs = worker.outputFiles[0].text;
  const docx = await build({ ...common, entryPoints: ['src/app/docxWorker.ts'], inject: [path.join(root, 'scripts/buffer-shim.mjs')] });
  const docxJs = docx.outputFiles[0].text;
  const page = await build({
    ...common,
    entryPoints: ['src/app/index.tsx'],
    plugins: [workerSource(workerJs, docxJs)],
  });
  const pageJs = inlineSafe(page.outputFiles[0].text);
  const hash = `sha256-${createHash('sha256').update(pageJs, 'utf8').digest('base64')}`;
  const template = readFileSync(path.join(root, 'src/app/app.html'), 'utf8');
  const html = template.replace('%SCRIPT_HASH%', () => hash).replace('%SCRIPT%', () => pageJs);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'app.html'), html);
  return { file: path.join(dir, 'app.html'), pageJs, workerJs, docxJs };
}

/** The page's script without the worker's text in it, for the bench: what the page itself parses before it renders. */
async function pageOwnScript() {
  const page = await build({
    ...common,
    entryPoints: ['src/app/index.tsx'],
    plugins: [workerSource('', '')],
  });
  return page.outputFiles[0].text;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const built = await buildApp();
  if (args.includes('--stats')) {
    // For bench/appPage.ts: byte counts of the page's own script, the worker's, and the file.
    const own = await pageOwnScript();
    const gz = (text) => gzipSync(text, { level: 9 }).length;
    const stats = { file: Buffer.byteLength(readFileSync(built.file)), pageOwn: Buffer.byteLength(own), pageOwnGz: gz(own), worker: Buffer.byteLength(built.workerJs), workerGz: gz(built.workerJs), docx: Buffer.byteLength(built.docxJs), docxGz: gz(built.docxJs), pageGz: gz(built.pageJs) };
    console.log(JSON.stringify(stats));
  } else {
    console.log(`${path.relative(root, built.file)}（${(readFileSync(built.file).length / 1024).toFixed(0)} KB，页面与后台脚本都在其中）`);
  }
}
