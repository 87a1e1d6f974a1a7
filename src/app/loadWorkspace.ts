/**
 * Runs the page's workspace script (workspace.tsx), which the file carries as text in
 * <script type="text/plain" id="wb-workspace">: the browser does not parse it as JavaScript until a file is chosen,
 * so the first screen (the drop zone) is usable after the shell alone. It runs as an inline script the page's
 * Content-Security-Policy admits by its hash, like the shell; it needs no network and works from file://.
 */
import type { ComponentType } from 'react';
import type { FilePageProps } from './FilePage';

export const WORKSPACE_GLOBAL = '__wbWorkspace';
export const WORKSPACE_SCRIPT_ID = 'wb-workspace';

type Workspace = ComponentType<FilePageProps>;

export function loadWorkspace(): Workspace {
  const registry = globalThis as unknown as Record<string, Workspace | undefined>;
  const loaded = registry[WORKSPACE_GLOBAL];
  if (loaded) return loaded;
  const text = document.getElementById(WORKSPACE_SCRIPT_ID)?.textContent;
  if (!text) throw new Error(`app.html 缺少页面脚本 #${WORKSPACE_SCRIPT_ID}`);
  const script = document.createElement('script');
  script.textContent = text;
  // An inline script runs as it is inserted; an error in it is reported to window.onerror, not thrown here.
  document.body.appendChild(script);
  const workspace = registry[WORKSPACE_GLOBAL];
  if (!workspace) throw new Error('页面脚本没有运行（可能被内容安全策略拒绝）');
  return workspace;
}

/** The text of a worker's script carried in the page (<script type="text/plain" id=…>), for a blob: URL. */
export function carriedScript(id: string): string {
  const text = document.getElementById(id)?.textContent;
  if (!text) throw new Error(`app.html 缺少后台脚本 #${id}`);
  return text;
}
