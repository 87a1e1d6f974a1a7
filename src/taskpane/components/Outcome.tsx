/** How a write into the workbook ended, as 生成排名 and 生成通报 both show it: the new sheet with a jump to it, or why not. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useStrings } from '../StringsContext';

export function SheetCreated({ message, sheetName, onGoToSheet }: { message: string; sheetName: string; onGoToSheet: (sheetName: string) => void }): JSX.Element {
  const strings = useStrings();
  return (
    <MessageBar intent="success">
      <MessageBarBody>{message}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => onGoToSheet(sheetName)}>
          {strings.goToSheet}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function ErrorBar({ message }: { message: string }): JSX.Element {
  return (
    <MessageBar intent="error">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
