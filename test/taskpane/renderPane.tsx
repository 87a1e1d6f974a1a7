/** Renders the whole pane as index.tsx does, with a chosen host (or none) and Office environment. */
import { act, render, type RenderResult } from '@testing-library/react';
import type { BulletinHost } from '../../src/core/hostContract';
import type { PaneEnvironment } from '../../src/taskpane/environment';
import type { HostChoice } from '../../src/taskpane/hostChoice';
import { Pane } from '../../src/taskpane/Pane';
import { SAVE_DELAY_MS } from '../../src/taskpane/hooks/useSettingsSaver';

export function renderPane(host: BulletinHost | HostChoice, env: Partial<PaneEnvironment> = {}): RenderResult {
  const choice: HostChoice = 'kind' in host ? host : { kind: 'host', host };
  const environment = (): PaneEnvironment => ({ displayLanguage: 'zh-CN', dark: false, downloadsBlocked: false, ...env });
  return render(<Pane choice={Promise.resolve(choice)} environment={environment} />);
}

/** Waits out the pane's debounce timers (save is the longest) inside act. */
export async function settle(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 100)));
}

/** Chooses a tab of the pane (排名, 通报, 设置), as a clerk clicks it. */
export async function openTab(name: string): Promise<void> {
  const { fireEvent, screen, waitFor, within } = await import('@testing-library/react');
  fireEvent.click(await screen.findByRole('tab', { name }));
  // A panel's content mounts when its tab is first chosen (its code loads then): wait until it is there, as a clerk would.
  await waitFor(() => {
    const panel = screen.getByRole('tabpanel', { name });
    expect(panel.childElementCount).toBeGreaterThan(0);
    expect(within(panel).queryByRole('progressbar')).toBeNull();
  });
}
