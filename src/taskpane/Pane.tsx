/**
 * The pane's root: the Fluent theme (light or dark as Office is), the strings (Chinese or English), and the
 * choice between the workbook view and the "open this in Excel" state.
 */
import { FluentProvider, Spinner, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { App } from './App';
import { OutsideOffice } from './components/OutsideOffice';
import type { PaneEnvironment } from './environment';
import type { HostChoice } from './hostChoice';
import { languageTag, stringsFor } from './strings';
import { StringsContext } from './StringsContext';

export interface PaneProps {
  choice: Promise<HostChoice>;
  environment: () => PaneEnvironment;
}

export function Pane({ choice, environment }: PaneProps): JSX.Element {
  const [chosen, setChosen] = useState<HostChoice | null>(null);
  // Office.context is only complete after onReady, so the language and theme are read once the choice is made.
  const [env, setEnv] = useState<PaneEnvironment>(() => environment());
  useEffect(() => {
    let current = true;
    choice.then(
      (c) => {
        if (!current) return;
        setEnv(environment());
        setChosen(c);
      },
      (error: unknown) => {
        // onReady itself failing is an Office.js fault; the pane still answers, as outside Office, and logs why.
        console.error('Office.onReady 失败', error);
        if (current) setChosen({ kind: 'outside', reason: 'no-office-js', hostName: null });
      },
    );
    return () => {
      current = false;
    };
  }, [choice, environment]);

  const strings = stringsFor(env.displayLanguage);
  useEffect(() => {
    document.documentElement.lang = languageTag(strings);
    document.title = strings.appTitle;
  }, [strings]);

  return (
    <FluentProvider theme={env.dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }} data-theme={env.dark ? 'dark' : 'light'}>
      <StringsContext.Provider value={strings}>
        {chosen === null ? (
          <main>
            <Spinner label={strings.loading} style={{ padding: 24 }} />
          </main>
        ) : chosen.kind === 'host' ? (
          <App host={chosen.host} downloadsBlocked={env.downloadsBlocked} />
        ) : (
          <OutsideOffice reason={chosen.reason} />
        )}
      </StringsContext.Provider>
    </FluentProvider>
  );
}
