/**
 * Which browser the e2e tests drive: CHROMIUM_PATH when set, else the first installed Chromium, Chrome or Edge
 * found in the usual places (Debian/Ubuntu packages, Google's and Microsoft's Linux packages, macOS and Windows
 * installs), else a name on PATH. A newcomer with any of them installed runs the tests without configuring
 * anything; CI installs Debian's chromium (.ci/run).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];

function knownPlaces(): string[] {
  const programFiles = [process.env['PROGRAMFILES'], process.env['PROGRAMFILES(X86)'], process.env['LOCALAPPDATA']].filter((p): p is string => !!p);
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ...programFiles.flatMap((dir) => [
      path.join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.join(dir, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      path.join(dir, 'Chromium', 'Application', 'chrome.exe'),
    ]),
  ];
}

function onPath(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The browser to launch; when none is found, the Debian path, which the launcher then names in its message. */
export function findBrowser(): string {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return chosen;
  return knownPlaces().find((p) => existsSync(p)) ?? onPath() ?? '/usr/bin/chromium';
}
