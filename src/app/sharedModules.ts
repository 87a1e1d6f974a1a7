/**
 * The page is two scripts in one file (scripts/build-app.mjs): the first screen (this shell: the drop zone) and the
 * workspace (the pane, its host's client, the grid view), which is carried as text and run only once a file is
 * chosen. Both must use one React, and one copy of Fluent's shared contexts (theme, direction, portal mount
 * node): two copies would be two sets of React contexts, and the workspace's components would not see the shell's
 * FluentProvider. The shell puts these modules on a global; the workspace's build reads them from there.
 */
import * as sharedContexts from '@fluentui/react-shared-contexts';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';

/** The global the workspace's build resolves these module names to (SHARED_MODULES in scripts/build-app.mjs). */
export const SHARED_GLOBAL = '__wbShared';

export function exposeSharedModules(): void {
  (globalThis as unknown as Record<string, unknown>)[SHARED_GLOBAL] = {
    react: React,
    'react-dom': ReactDOM,
    'react/jsx-runtime': jsxRuntime,
    '@fluentui/react-shared-contexts': sharedContexts,
  };
}
