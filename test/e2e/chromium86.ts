/**
 * Chromium 86, the oldest core the web page is built for (esbuild target chrome86, scripts/build-app.mjs): domestic
 * browsers on government machines often run a core that old. No distribution ships it any more and Google's storage
 * is not reachable from every CI, so it comes from the npm registry: chrome-aws-lambda 5.3.1 carries the headless
 * Chromium 86.0.4240.x that puppeteer-core 5.3.x speaks to (brotli-compressed: bin/chromium.br, and
 * bin/swiftshader.tar.br with the software GL it loads from ./swiftshader next to itself). It is unpacked once into a
 * cache folder. Its other libraries (NSS, expat…) come from the system, as Debian's chromium package brings them.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import puppeteer from 'puppeteer-core/lib/cjs/puppeteer/index-core';
import type { Browser } from 'puppeteer-core/lib/cjs/puppeteer/common/Browser';
import { ROOT } from './appPage';

/** The version this test is about; the browser's own answer is checked against it, so a package update cannot drift. */
export const CHROMIUM_86_VERSION = /^HeadlessChrome\/86\.0\.4240\./;

/** Set to 1 only where the test is known not to be able to run: otherwise a missing browser fails the run. */
export const SKIP_ENV = 'WB_SKIP_CHROMIUM86';

const PACKAGE_BIN = path.join(ROOT, 'node_modules', 'chrome-aws-lambda', 'bin');
const CACHE = process.env.WB_CHROMIUM86_CACHE ?? path.join(ROOT, 'node_modules', '.cache', 'chromium-86');

/** The unpacked binary: unpacked on first use (≈2 s), then reused while the package's file is unchanged. */
export function chromium86Path(): string {
  const packed = path.join(PACKAGE_BIN, 'chromium.br');
  if (!existsSync(packed)) {
    throw new Error(`找不到 Chromium 86 的压缩包（${packed}）：运行 npm ci 安装开发依赖 chrome-aws-lambda@5.3.1，或设 ${SKIP_ENV}=1 明确跳过。`);
  }
  const binary = path.join(CACHE, 'chromium');
  const stamp = path.join(CACHE, 'unpacked-from');
  const source = `chrome-aws-lambda ${JSON.parse(readFileSync(path.join(PACKAGE_BIN, '..', 'package.json'), 'utf8')).version as string}`;
  if (existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === source) return binary;

  // Unpacked beside the cache, then moved in, so a run stopped halfway leaves no half-written browser behind.
  const staging = `${CACHE}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(path.join(staging, 'swiftshader'), { recursive: true });
  writeFileSync(path.join(staging, 'chromium'), brotliDecompressSync(readFileSync(packed)));
  chmodSync(path.join(staging, 'chromium'), 0o755);
  const tar = path.join(staging, 'swiftshader.tar');
  writeFileSync(tar, brotliDecompressSync(readFileSync(path.join(PACKAGE_BIN, 'swiftshader.tar.br'))));
  execFileSync('tar', ['-xf', tar, '-C', path.join(staging, 'swiftshader')]);
  rmSync(tar);
  writeFileSync(path.join(staging, 'unpacked-from'), source);
  rmSync(CACHE, { recursive: true, force: true });
  renameSync(staging, CACHE);
  return binary;
}

export async function launchChromium86(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromium86Path(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
