import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openProblemCodes, type BackupSummary } from '../../../shared/documents';
import { responseRefusalCodes } from '../../../shared/response/package';
import type { BudgetExcess } from '../../../shared/file-reading/budget-excess';
import type { UiLanguage } from '../../../shared/languages';
import { api } from '../api';
import { fileNameOf, formatDateTime } from '../format';
import { budgetLimitText } from './budget-text';

const useStyles = makeStyles({
  issues: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  path: { fontFamily: tokens.fontFamilyMonospace },
});

export interface OpenProblem {
  file: string;
  problem: string;
  message: string;
  details: { path: string; message: string }[];
  /** For a file over its kind's parse budget: which limit. */
  budget?: BudgetExcess | undefined;
}

export interface OpenProblemNoticeProps {
  problem: OpenProblem;
  language: UiLanguage;
  onOpenBackup: (backupId: string) => void;
  onDismiss: () => void;
}

/** Why a file could not be opened (which file, why, where in it), and the last good backup if there is one. */
export function OpenProblemNotice({ problem, language, onOpenBackup, onDismiss }: OpenProblemNoticeProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [backup, setBackup] = useState<BackupSummary | null>(null);

  useEffect(() => {
    let cancelled = false;
    void api.backups.forFile({ path: problem.file }).then((list) => !cancelled && setBackup(list[0] ?? null), () => undefined);
    return () => {
      cancelled = true;
    };
  }, [problem.file]);

  const known = (openProblemCodes as readonly string[]).includes(problem.problem);
  // A refused supplier response (.kravsvar) has reasons of its own, worded in the UI language too.
  const responseProblem = !known && (responseRefusalCodes as readonly string[]).includes(problem.problem);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('openProblem.title', { file: fileNameOf(problem.file) })}</MessageBarTitle>
        <p>
          {known
            ? t(`openProblem.reasons.${problem.problem}`, problem.budget === undefined ? {} : { limit: budgetLimitText(t, language, problem.budget) })
            : responseProblem
              ? t(`supplier.responseProblems.${problem.problem}`)
              : problem.message}
        </p>
        {problem.details.length > 0 && (
          <>
            <p>{t('openProblem.where')}</p>
            <ul className={styles.issues}>
              {problem.details.slice(0, 8).map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>
                  <span className={styles.path}>{issue.path}</span>: {issue.message}
                </li>
              ))}
            </ul>
          </>
        )}
        <p>{t('openProblem.unchanged')}</p>
      </MessageBarBody>
      <MessageBarActions>
        {backup !== null && (
          <Button appearance="primary" onClick={() => onOpenBackup(backup.id)}>
            {t('openProblem.offerBackup', { time: formatDateTime(language, backup.createdAt) })}
          </Button>
        )}
        <Button onClick={onDismiss}>{t('openProblem.dismiss')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
