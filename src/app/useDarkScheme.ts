/**
 * Outside Office there is no Office theme to follow: the page follows the system's light or dark setting
 * (prefers-color-scheme), and changes with it while open.
 */
import { useEffect, useState } from 'react';

const DARK = '(prefers-color-scheme: dark)';

export function useDarkScheme(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia(DARK).matches);
  useEffect(() => {
    const query = window.matchMedia(DARK);
    const changed = () => setDark(query.matches);
    // addListener, not addEventListener: the page is built for Chromium 86 and older engines lack the latter on MediaQueryList.
    query.addListener(changed);
    return () => query.removeListener(changed);
  }, []);
  return dark;
}
