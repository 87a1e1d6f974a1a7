/** @jest-environment jsdom */
/**
 * The 较上月 setting in the pane's 设置: off by default (the published attachment has no such column); ticked, it
 * is saved with the other settings and generate receives it, so every host adds the column.
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { BulletinSettings } from '../../src/core/settings';
import { fakeHost } from './fakeHost';
import { renderPane } from './renderPane';

test('设置 has the 较上月 checkbox, off; ticking it saves changeColumn and generate gets it', async () => {
  const host = fakeHost();
  renderPane(host);
  fireEvent.click(await screen.findByRole('tab', { name: '设置' }));
  const box = await screen.findByRole('checkbox', { name: /考核结果表加“较上月”列/u });
  expect(box).not.toBeChecked();
  fireEvent.click(box);
  await waitFor(() => expect(host.callsTo('saveSettings')).toHaveLength(1));
  expect((host.callsTo('saveSettings')[0][0] as BulletinSettings).changeColumn).toBe(true);
  fireEvent.click(await screen.findByRole('tab', { name: '排名' }));
  fireEvent.click(await screen.findByRole('button', { name: '生成排名' }));
  await waitFor(() => expect(host.callsTo('generate')).toHaveLength(1));
  expect((host.callsTo('generate')[0][0] as BulletinSettings).changeColumn).toBe(true);
});
