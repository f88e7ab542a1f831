import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalM },
  status: { marginTop: tokens.spacingVerticalS, minHeight: '1.5em' },
});

export interface CrashReport {
  error: Error;
  componentStack: string;
}

/** The text put on the clipboard: enough for support to act on, nothing from the user's documents. */
export function crashDetails(report: CrashReport, appVersion: string, when: Date): string {
  return [
    `Kravstudio ${appVersion}`,
    `Time: ${when.toISOString()}`,
    `Error: ${report.error.name}: ${report.error.message}`,
    '',
    report.error.stack ?? '(no stack)',
    '',
    'Component stack:',
    report.componentStack.trim(),
  ].join('\n');
}

function CrashNotice({ report, appVersion, onRetry }: { report: CrashReport; appVersion: string; onRetry: () => void }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('error.title')}</MessageBarTitle>
        <p>{t('error.text')}</p>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={onRetry}>
            {t('error.retry')}
          </Button>
          <Button
            onClick={() => {
              api.clipboard.writeText({ text: crashDetails(report, appVersion, new Date()) }).then(
                () => setCopyState('copied'),
                () => setCopyState('failed'),
              );
            }}
          >
            {t('error.copy')}
          </Button>
        </div>
        <div role="status" className={styles.status}>
          {copyState === 'copied' && t('error.copied')}
          {copyState === 'failed' && t('error.copyFailed')}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

interface ErrorBoundaryProps {
  appVersion: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  report: CrashReport | null;
}

/** Shows a friendly notice instead of a blank window when a screen fails to render. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { report: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    const asError = error instanceof Error ? error : new Error(String(error));
    return { report: { error: asError, componentStack: '' } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const asError = error instanceof Error ? error : new Error(String(error));
    this.setState({ report: { error: asError, componentStack: info.componentStack ?? '' } });
  }

  override render(): ReactNode {
    if (this.state.report === null) return this.props.children;
    return <CrashNotice report={this.state.report} appVersion={this.props.appVersion} onRetry={() => this.setState({ report: null })} />;
  }
}
