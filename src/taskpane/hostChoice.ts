/**
 * Which host the pane talks to: a test host when the page was given one, Excel when Office.js says it runs in
 * Excel, otherwise none (the pane shows "open this in Excel").
 */
import type { BulletinHost } from '../core/hostContract';

declare global {
  interface Window {
    /** Set by the end-to-end test (and only there) before the pane loads: a host over an in-memory workbook. */
    __WB_TEST_HOST__?: BulletinHost;
  }
}

export type OutsideReason = 'no-office-js' | 'not-excel' | 'timeout';

export type HostChoice = { kind: 'host'; host: BulletinHost } | { kind: 'outside'; reason: OutsideReason; hostName: string | null };

/** Office.onReady normally settles within a second; a pane opened in a browser where it never settles must not spin forever. */
export const OFFICE_READY_TIMEOUT_MS = 10000;

interface OfficeLike {
  onReady(): Promise<{ host: Office.HostType | null; platform: Office.PlatformType | null }>;
  HostType: { Excel: Office.HostType };
}

export async function chooseHost(
  makeExcelHost: () => BulletinHost,
  office: OfficeLike | undefined = typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike),
  testHost: BulletinHost | undefined = typeof window === 'undefined' ? undefined : window.__WB_TEST_HOST__,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS,
): Promise<HostChoice> {
  if (testHost) return { kind: 'host', host: testHost };
  if (!office || typeof office.onReady !== 'function') return { kind: 'outside', reason: 'no-office-js', hostName: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === 'timeout') return { kind: 'outside', reason: 'timeout', hostName: null };
    if (info.host === office.HostType.Excel) return { kind: 'host', host: makeExcelHost() };
    return { kind: 'outside', reason: 'not-excel', hostName: info.host === null ? null : String(info.host) };
  } finally {
    clearTimeout(timer);
  }
}
