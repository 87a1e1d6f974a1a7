/** The pane's strings, chosen once from Office's display language and handed down without prop drilling. */
import { createContext, useContext } from 'react';
import { stringsFor, type PaneStrings } from './strings';

export const StringsContext = createContext<PaneStrings>(stringsFor(null));

export function useStrings(): PaneStrings {
  return useContext(StringsContext);
}
