// Screenshots of the task pane's first screen as a clerk opens it in Excel (the production build, its own Excel
// host over the fake Excel holding the reference month) at 350×800, light and dark: right when it is interactive,
// and once the chunks loaded after the first screen have arrived. Into out/pane/, for a person to look at.
//   node scripts/run-ts.mjs scripts/pane-shots.ts
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, openPane } from '../test/e2e/browser';
import { fakeExcelReferenceScript } from '../test/e2e/fixtureBundle';
import { buildPane } from '../test/e2e/paneBuild';
import { serveDirectory } from '../test/e2e/staticServer';

const out = path.resolve('out', 'pane');
const build = path.resolve('.tmp', `pane-shots-${process.pid}`);

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  await buildPane(build);
  const server = await serveDirectory(build);
  const browser = await launchChromium();
  try {
    for (const [scheme, background] of [['light', '#ffffff'], ['dark', '#1f1f1f']] as const) {
      const pane = await openPane(browser, server.url, {
        width: 350,
        height: 800,
        office: { host: 'Excel', displayLanguage: 'zh-CN', bodyBackgroundColor: background },
        initScripts: [await fakeExcelReferenceScript()],
      });
      const { page } = pane;
      await page.locator('table tbody tr').nth(28).waitFor({ timeout: 60_000 });
      await page.screenshot({ path: path.join(out, `first-screen-${scheme}.png`) });
      await page.waitForTimeout(2500);
      await page.screenshot({ path: path.join(out, `first-screen-settled-${scheme}.png`) });
      if (pane.errors.length > 0) throw new Error(pane.errors.join('\n'));
      await pane.context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(build, { recursive: true, force: true });
  }
  console.log(`screenshots in ${path.relative(process.cwd(), out)}/`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
