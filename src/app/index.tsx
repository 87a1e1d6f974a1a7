/** Web page entry: the page's theme follows the system, the words are the pane's Chinese ones. */
import { FluentProvider, makeStaticStyles, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { StringsContext } from '../taskpane/StringsContext';
import { stringsFor } from '../taskpane/strings';
import { FilePage } from './FilePage';
import { useDarkScheme } from './useDarkScheme';

const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

function Page(): JSX.Element {
  usePageStyles();
  const dark = useDarkScheme();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }} data-theme={dark ? 'dark' : 'light'}>
      <StringsContext.Provider value={stringsFor('zh-CN')}>
        <FilePage />
      </StringsContext.Provider>
    </FluentProvider>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('app.html 缺少 #root 元素');
createRoot(container).render(<Page />);
