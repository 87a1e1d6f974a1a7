/**
 * How a write into the workbook ended, as 生成通报 and 新建模板 show it: the new sheet with a jump to it, or why not.
 * Every message bar of the pane is a Notice: Fluent's MessageBar labels itself by a title element it only renders
 * with a MessageBarTitle, so without one its aria-labelledby pointed at an id that did not exist. A Notice is
 * labelled by its own body.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useStrings } from '../StringsContext';

export type NoticeIntent = 'success' | 'error' | 'warning' | 'info';

export function Notice({ intent, children, actions }: { intent: NoticeIntent; children: ReactNode; actions?: ReactNode }): JSX.Element {
  const bodyId = useId('wb-notice-');
  return (
    // A set layout: left to 'auto', the bar measures itself after its first paint and re-lays out (actions below the
    // text at 350 px), moving what is under it — a layout shift the e2e test caught.
    <MessageBar intent={intent} aria-labelledby={bodyId} layout={actions !== undefined ? 'multiline' : 'singleline'}>
      <MessageBarBody id={bodyId}>{children}</MessageBarBody>
      {actions !== undefined && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}

export function SheetCreated({ message, sheetName, onGoToSheet }: { message: string; sheetName: string; onGoToSheet: (sheetName: string) => void }): JSX.Element {
  const strings = useStrings();
  return (
    <Notice
      intent="success"
      actions={
        <Button size="small" onClick={() => onGoToSheet(sheetName)}>
          {strings.goToSheet}
        </Button>
      }
    >
      {message}
    </Notice>
  );
}

export function ErrorBar({ message }: { message: string }): JSX.Element {
  return <Notice intent="error">{message}</Notice>;
}
