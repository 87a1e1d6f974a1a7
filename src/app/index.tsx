/**
 * Web page entry, the first screen: the title, the privacy line and the drop zone, in the system's light or dark.
 * The rest of the page (the pane over the file) is a second script, run once a file is chosen (loadWorkspace.ts),
 * so this screen is usable after React, Fluent's provider and button, and this file (bench: page initial JS).
 */
import { FluentProvider, makeStaticStyles, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DropZone } from './DropZone';
import type { FilePageProps } from './FilePage';
import { loadWorkspace } from './loadWorkspace';
import { PageFrame } from './PageFrame';
import { exposeSharedModules } from './sharedModules';
import { startWorker } from './startWorker';
import { useDarkScheme } from './useDarkScheme';

const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

// Before anything renders: the workspace script, when it runs, takes React and Fluent's contexts from here.
exposeSharedModules();
// The worker's script takes a while to parse (in the worker, off this thread): started now, while the clerk looks for the file.
const readyWorker = startWorker();

type Opened = { Workspace: ReturnType<typeof loadWorkspace>; props: FilePageProps };

function Page(): JSX.Element {
  usePageStyles();
  const dark = useDarkScheme();
  const [opened, setOpened] = useState<Opened | null>(null);
  const open = (files: File[]) => setOpened({ Workspace: loadWorkspace(), props: { initialFiles: files, readyWorker } });
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }} data-theme={dark ? 'dark' : 'light'}>
      {opened ? (
        <opened.Workspace {...opened.props} />
      ) : (
        <PageFrame showTitle>
          <DropZone onFiles={open} />
        </PageFrame>
      )}
    </FluentProvider>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('app.html 缺少 #root 元素');
createRoot(container).render(<Page />);
