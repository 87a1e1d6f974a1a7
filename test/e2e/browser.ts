/**
 * Headless Chromium for the e2e test: an installed Chromium, Chrome or Edge (browserPath.ts) driven by playwright-core, a page per scenario
 * with everything off the local server blocked (Office.js's CDN is unreachable here, and must not be needed),
 * and the page's errors and Content-Security-Policy violations collected for the test to check.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { findBrowser } from './browserPath';

export const CHROMIUM_PATH = findBrowser();

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `找不到 Chromium、Chrome 或 Edge（试过常见安装位置和 PATH，最后是 ${CHROMIUM_PATH}）：端到端测试需要一个。Debian/Ubuntu 上运行 apt-get install chromium（.ci/run 会安装），或用 CHROMIUM_PATH 指定。`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

/** What Office.js would provide, for scenarios that pretend to run inside Office (theme, language, host). */
export interface FakeOffice {
  host: 'Excel' | null;
  displayLanguage: string;
  bodyBackgroundColor: string;
}

export interface PaneScenario {
  /** Script text run before the pane's own scripts (e.g. the fixture bundle that sets window.__WB_TEST_HOST__). */
  initScripts?: string[];
  office?: FakeOffice;
  width?: number;
  height?: number;
  /**
   * More routes, registered after the one that blocks everything off the local server (so they take precedence),
   * e.g. to answer Office.js's CDN from the copy in node_modules. The blocked list still records what they abort.
   */
  routes?: (context: BrowserContext, blocked: string[]) => Promise<void>;
}

export interface OpenPane {
  context: BrowserContext;
  page: Page;
  /** Requests that were blocked because they left the local server. */
  blocked: string[];
  /** Uncaught exceptions and console errors, except the expected failure to load Office.js. */
  errors: string[];
  cspViolations(): Promise<string[]>;
}

function fakeOfficeScript(office: FakeOffice): string {
  // Defined before the CDN <script> (which is blocked), so the pane finds this Office object as it would the real one.
  return `window.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    context: { displayLanguage: ${JSON.stringify(office.displayLanguage)}, officeTheme: { bodyBackgroundColor: ${JSON.stringify(office.bodyBackgroundColor)} } },
    onReady: function () { return Promise.resolve({ host: ${JSON.stringify(office.host)}, platform: ${office.host ? "'OfficeOnline'" : 'null'} }); },
  };`;
}

const CSP_RECORDER = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (e) { window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });`;

export async function openPane(browser: Browser, baseUrl: string, scenario: PaneScenario = {}): Promise<OpenPane> {
  const context = await browser.newContext({
    viewport: { width: scenario.width ?? 360, height: scenario.height ?? 900 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
  });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl)) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  if (scenario.routes) await scenario.routes(context, blocked);
  await context.addInitScript(CSP_RECORDER);
  if (scenario.office) await context.addInitScript(fakeOfficeScript(scenario.office));
  for (const script of scenario.initScripts ?? []) await context.addInitScript(script);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // The blocked Office.js request is expected to fail; it is the situation under test.
    if (/Failed to load resource/.test(m.text()) && /appsforoffice\.microsoft\.com/.test(m.location().url)) return;
    errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  await page.goto(`${baseUrl}/taskpane.html`);
  return {
    context,
    page,
    blocked,
    errors,
    cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}
