/** Task-pane entry: pick the host (test host, Excel, or none) and render the pane. */
import { createRoot } from 'react-dom/client';
import { currentEnvironment } from './environment';
import { createExcelHost } from './excelHost';
import { chooseHost } from './hostChoice';
import { Pane } from './Pane';
// body { margin: 0 } (was makeStaticStyles in Pane.tsx): into the stylesheet webpack extracts, see page.css.
import './page.css';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html 缺少 #root 元素');
createRoot(container).render(<Pane choice={chooseHost(createExcelHost)} environment={currentEnvironment} />);
