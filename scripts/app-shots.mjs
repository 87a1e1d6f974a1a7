// Screenshots of the web page's states (empty drop zone, previewing, problems with the grid view, generated with
// download, the bulletin made) at desktop width and at 350 px, light and dark, into out/app/, for a person to look at.
//   node scripts/build-app.mjs && node scripts/app-shots.mjs
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'out', 'app');
mkdirSync(out, { recursive: true });
const page$ = pathToFileURL(path.join(root, 'dist', 'app.html')).href;
const sample = path.join(root, 'samples', 'weekly-bulletin-2023-38.xlsx');
const bad = path.join(root, 'test', 'fixtures', 'many-problems.xlsx');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [label, width] of [['desktop', 1280], ['350', 350]]) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme, acceptDownloads: true });
      const shot = async (page, state) => page.screenshot({ path: path.join(out, `${state}-${label}-${scheme}.png`) });
      const page = await context.newPage();
      await page.goto(page$);
      await page.getByText('把 .xlsx 工作簿拖到这里').waitFor();
      await shot(page, '1-empty');
      await page.getByTestId('file-input').setInputFiles(sample);
      await page.getByText('2023年8月省政务服务大厅进驻部门（单位）窗口考核结果').waitFor({ timeout: 120000 });
      await shot(page, '2-preview');
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: '生成排名' }).click();
      await downloading;
      await page.getByTestId('output-link').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, '4-generated');
      await page.getByRole('tab', { name: '通报' }).click();
      const bulletin = page.waitForEvent('download');
      await page.getByRole('button', { name: '生成通报' }).click();
      await bulletin;
      await page.locator('#wb-panel-bulletin').getByText(/已生成通报工作表/u).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, '5-bulletin');
      await page.getByRole('tab', { name: '排名' }).click();
      await page.getByRole('button', { name: '换一个文件' }).click();
      await page.getByTestId('file-input').setInputFiles(bad);
      await page.locator('section[aria-labelledby="wb-problems"] li[data-severity="error"] button').first().click();
      await page.locator('section[aria-label*="附近"]').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, '3-problems');
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${path.relative(root, out)}/`);
