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
 * The pane's on-demand import of src/export/docx.ts is answered by docxInWorker.ts, which runs the same code in a
 * worker (a single file cannot load a chunk later; a worker's text can wait unparsed).
 */
const docxInWorker = {
  name: 'docx-in-worker',
  setup(b) {
    b.onResolve({ filter: /\/export\/docx$/ }, (a) =>
      a.importer.endsWith(path.join('src', 'taskpane', 'bulletinExport.ts')) ? { path: path.join(root, 'src/app/docxInWorker.ts') } : undefined,
    );
  },
};

/**
 * The modules the workspace script takes from the shell (src/app/sharedModules.ts): one React, one copy of Fluent's
 * shared contexts. Everything else the workspace needs it bundles itself.
 */
const SHARED_MODULES = ['react', 'react-dom', 'react/jsx-runtime', '@fluentui/react-shared-contexts'];
const fromShell = {
  name: 'from-shell',
  setup(b) {
    const filter = new RegExp(`^(${SHARED_MODULES.map((m) => m.replace(/[/.]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (a) => ({ path: a.path, namespace: 'from-shell' }));
    b.onLoad({ filter: /.*/, namespace: 'from-shell' }, (a) => ({
      contents: `module.exports = globalThis.__wbShared[${JSON.stringify(a.path)}];`,
      loader: 'js',
    }));
  },
};

/** `</script` must not appear inside an inline script: it would end the element there. */
const inlineSafe = (js) => js.replace(/<\/script/gi, '<\\/script');
/**
 * Inside a <script> element, "<!--" then "<script" (before any "-->") puts the HTML parser in a state where
 * "</script>" no longer ends the element (HTML's script data double-escaped state). The build refuses such a text
 * rather than guess; "<!--" or "<script" alone are harmless there.
 */
function hidesScriptEnd(js) {
  for (let at = js.indexOf('<!--'); at >= 0; ) {
    const close = js.indexOf('-->', at + 4);
    if (/<script[\s/>]/i.test(js.slice(at, close < 0 ? js.length : close))) return true;
    at = close < 0 ? -1 : js.indexOf('<!--', close + 3);
  }
  return false;
}
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The file: the shell as the one script the browser runs at load; the workspace and the two workers' scripts as
 * text (<script type="text/plain">), which the browser neither parses nor runs. The page's policy admits the shell
 * and the workspace by their hashes; the workers run from blob: URLs.
 */
export async function buildApp(dir = outDir) {
  const worker = await build({
    ...common,
    entryPoints: ['src/file/hostWorker.ts'],
    inject: [path.join(root, 'scripts/buffer-shim.mjs')],
    plugins: [browserStandIns],
  });
  const docx = await build({ ...common, entryPoints: ['src/app/docxWorker.ts'], inject: [path.join(root, 'scripts/buffer-shim.mjs')] });
  const shell = await build({ ...common, entryPoints: ['src/app/index.tsx'] });
  const workspace = await build({ ...common, entryPoints: ['src/app/workspace.tsx'], plugins: [fromShell, docxInWorker] });
  // Named for DevTools and for the page-load measure (test/e2e/appLoad.ts), which finds the page's scripts by these names.
  const named = (b, name) => `${b.outputFiles[0].text}//# sourceURL=${name}\n`;
  const [shellJs, workspaceJs, workerJs, docxJs] = [named(shell, 'wb-page.js'), named(workspace, 'wb-workspace.js'), named(worker, 'wb-host-worker.js'), named(docx, 'wb-docx-worker.js')].map(inlineSafe);
  for (const [name, js] of Object.entries({ shellJs, workspaceJs, workerJs, docxJs })) {
    if (hidesScriptEnd(js)) throw new Error(`${name} holds "<!--" then "<script", which an inline <script> cannot carry safely`);
  }
  const template = readFileSync(path.join(root, 'src/app/app.html'), 'utf8');
  const fill = {
    '%SCRIPT_HASHES%': `${sha256(shellJs)} ${sha256(workspaceJs)}`,
    '%SCRIPT%': shellJs,
    '%WORKSPACE%': workspaceJs,
    '%HOST_WORKER%': workerJs,
    '%DOCX_WORKER%': docxJs,
  };
  // One pass, so no script's text is searched for the next placeholder.
  const html = template.replace(/%(SCRIPT_HASHES|SCRIPT|WORKSPACE|HOST_WORKER|DOCX_WORKER)%/g, (m) => fill[m]);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'app.html'), html);
  return { file: path.join(dir, 'app.html'), shellJs, workspaceJs, workerJs, docxJs };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const built = await buildApp();
  const gz = (text) => gzipSync(text, { level: 9 }).length;
  if (args.includes('--stats')) {
    // For the bench: byte counts of the shell (run at load), the workspace, the workers' scripts, and the file.
    const file = readFileSync(built.file);
    const stats = {
      file: file.length,
      fileGz: gz(file),
      shell: Buffer.byteLength(built.shellJs),
      shellGz: gz(built.shellJs),
      workspace: Buffer.byteLength(built.workspaceJs),
      workspaceGz: gz(built.workspaceJs),
      worker: Buffer.byteLength(built.workerJs),
      workerGz: gz(built.workerJs),
      docx: Buffer.byteLength(built.docxJs),
      docxGz: gz(built.docxJs),
    };
    console.log(JSON.stringify(stats));
  } else {
    const file = readFileSync(built.file);
    console.log(`${path.relative(root, built.file)}（${(file.length / 1024).toFixed(0)} KB，gzip ${(gz(file) / 1024).toFixed(0)} KB；首屏脚本 ${(gz(built.shellJs) / 1024).toFixed(1)} KB gz，其余脚本以文本内嵌，选文件后才运行）`);
  }
}
