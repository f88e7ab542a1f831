/**
 * The library's one notice line: what an import, export or publish did, or
 * why it could not, with an optional action (such as "Undo"). Announced
 * politely to screen readers.
 */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';

export type LibraryNotice = { intent: 'success' | 'error' | 'warning'; text: string; action?: { label: string; run: () => void } } | null;

export function LibraryNoticeArea({ notice }: { notice: LibraryNotice }): React.JSX.Element {
  return (
    <div role="status" aria-live="polite">
      {notice !== null && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>
            {notice.text}{' '}
            {notice.action !== undefined && (
              <Button size="small" onClick={notice.action.run}>
                {notice.action.label}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
