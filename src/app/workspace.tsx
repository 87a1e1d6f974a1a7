/**
 * The page's second script (see sharedModules.ts): everything after a file is chosen — the pane in Chinese over a
 * host in the worker, the copies made, the grid view. Run by loadWorkspace.ts, it leaves its root component on a
 * global for the shell to render.
 */
import { StringsContext } from '../taskpane/StringsContext';
import { stringsFor } from '../taskpane/strings';
import { FilePage, type FilePageProps } from './FilePage';
import { WORKSPACE_GLOBAL } from './loadWorkspace';

function Workspace(props: FilePageProps): JSX.Element {
  return (
    <StringsContext.Provider value={stringsFor('zh-CN')}>
      <FilePage {...props} />
    </StringsContext.Provider>
  );
}

(globalThis as unknown as Record<string, unknown>)[WORKSPACE_GLOBAL] = Workspace;
