/**
 * The supplier answers a buyer's specification: the requirements by section
 * with the numbers the tender document prints, each with the control its
 * answer type asks for, a comment, and the profile's answer offered where
 * the same library requirement was answered before; the checks before
 * sending, those that could disqualify the tender first; and saving as a
 * `.kravsvar` file. The buyer's specification is never changed.
 */
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  Title3,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { ArrowExportRegular, BookmarkAddRegular, DismissRegular, PersonBoardRegular, SaveRegular } from '@fluentui/react-icons';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KravstudioError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format/numbers';
import type { UiLanguage } from '../../../shared/languages';
import { answerFindingMessage, checkAnswers, isDisqualifying } from '../../../shared/response/answer-checks';
import type { Answer } from '../../../shared/response/answers';
import { offerAnswers, type OfferedAnswer, type SupplierProfile } from '../../../shared/response/profile';
import { keepAnswers } from '../../../shared/response/profile-edits';
import { answeredCount, answerInWords, isAnswered, responseGroups, specificationText, withAnswer } from '../../../shared/response/response-edits';
import { rebindResponse, type ResponseDraft, type ResponseWork } from '../../../shared/response/work';
import type { Requirement, Specification } from '../../../shared/specification/model';
import { numberAsExported } from '../../../shared/specification/numbering';
import { api } from '../api';
import { RichTextView } from '../components/RichTextView';
import { AnswerControl, CommentField } from './AnswerControl';
import { useUnloadGuard } from './unload-guard';
import { cardSurface } from '../components/surface';

const useStyles = makeStyles({
  page: { maxWidth: '960px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { ...typographyStyles.title1, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  supplier: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  checks: { margin: 0, paddingInlineStart: '1.25em', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  groupTitle: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  requirement: {
    ...cardSurface,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  requirementHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  requirementTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  offer: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  status: { minHeight: '1.5em' },
});

/** A company profile whose answers are offered, and the name of its file. */
export interface ProfileOffers {
  profile: SupplierProfile;
  file: string;
}

export interface ResponseScreenProps {
  work: ResponseWork;
  /** A profile to offer answers from from the start (chosen on the readiness screen). */
  offeredFrom: ProfileOffers | null;
  language: UiLanguage;
  headingRef: React.Ref<HTMLHeadingElement> | null;
  onClosed: () => void;
}

type Status =
  | { kind: 'saved'; file: string }
  | { kind: 'failed'; message: string }
  | { kind: 'nameNeeded' }
  | { kind: 'profile'; file: string }
  | { kind: 'kept'; file: string; count: number }
  | { kind: 'formExported'; file: string }
  | null;

const fileNameOf = (filePath: string): string => filePath.split(/[\\/]/).pop() ?? filePath;

function errorText(error: unknown): string {
  return error instanceof KravstudioError || error instanceof Error ? error.message : String(error);
}

const obligationKey = { mandatory: 'mandatory', evaluated: 'evaluated', 'minimum-and-evaluated': 'minimumAndEvaluated' } as const;

interface RequirementAnswerProps {
  requirement: Requirement;
  number: string;
  specification: Specification;
  numberOf: ReadonlyMap<string, string>;
  answer: Answer | undefined;
  offer: OfferedAnswer | undefined;
  language: UiLanguage;
  onAnswer: (requirementId: string, answer: Answer | null) => void;
}

/** One requirement with its answer; memoised, so that answering one does not draw a thousand again. */
const RequirementAnswer = memo(function RequirementAnswer({ requirement, number, specification, numberOf, answer, offer, language, onAnswer }: RequirementAnswerProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = `answer-${requirement.id}`;
  const title = specificationText(requirement.title, language, specification);
  const instruction = specificationText(requirement.responseInstruction, language, specification);
  const change = (next: Answer | null): void => onAnswer(requirement.id, next);
  // Bumped when the answer is replaced from outside the control (an offer used, the answer cleared), so that the control starts again from it.
  const [revision, setRevision] = useState(0);
  const replace = (next: Answer | null): void => {
    setRevision((current) => current + 1);
    change(next);
  };
  const answered = isAnswered(answer);
  return (
    <li>
      <section className={styles.requirement} aria-labelledby={headingId}>
        <div className={styles.requirementHead}>
          <h3 id={headingId} className={styles.requirementTitle}>
            {title === '' ? number : `${number} ${title}`}
          </h3>
          <Badge appearance="outline" color={requirement.obligation === 'evaluated' ? 'informative' : 'important'}>
            {t(`supplier.answering.${obligationKey[requirement.obligation]}`)}
          </Badge>
          <Badge appearance="tint" color={answered ? 'success' : 'subtle'}>
            {answered ? t('supplier.answering.answered') : t('supplier.answering.notAnswered')}
          </Badge>
        </div>
        <RichTextView source={specificationText(requirement.text, language, specification)} numberOf={numberOf} />
        {instruction !== '' && (
          <div>
            <Text weight="semibold">{t('supplier.answering.instruction')}</Text>
            <RichTextView source={instruction} numberOf={numberOf} />
          </div>
        )}
        {offer !== undefined && (
          <div className={styles.offer}>
            <Text>
              {t(offer.status === 'offered' ? 'supplier.answering.offered' : 'supplier.answering.offeredTextChanged', { answer: answerInWords(offer.answer, language) })}
            </Text>
            <Button size="small" onClick={() => replace(offer.answer)}>
              {t('supplier.answering.useOffered')}
            </Button>
          </div>
        )}
        <AnswerControl key={revision} answerType={requirement.answerType} answer={answer} language={language} onChange={change} />
        {answer !== undefined && <CommentField answer={answer} onChange={change} />}
        {answer !== undefined && (
          <div>
            <Button size="small" appearance="subtle" icon={<DismissRegular />} onClick={() => replace(null)}>
              {t('supplier.answering.clear')}
            </Button>
          </div>
        )}
      </section>
    </li>
  );
});

export function ResponseScreen({ work, offeredFrom, language, headingRef, onClosed }: ResponseScreenProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const { specification } = work;
  const [response, setResponse] = useState<ResponseDraft>(work.response);
  const [responsePath, setResponsePath] = useState<string | null>(work.responsePath);
  const [dirty, setDirty] = useState(false);
  useUnloadGuard(dirty);
  // A response made to another version of the specification is bound to this one once saved.
  const [boundElsewhere, setBoundElsewhere] = useState(work.specificationChanged);
  const [status, setStatus] = useState<Status>(offeredFrom === null ? null : { kind: 'profile', file: offeredFrom.file });
  const offersFrom = (profile: SupplierProfile): ReadonlyMap<string, OfferedAnswer> => new Map(offerAnswers(profile, work.specification).map((offer) => [offer.requirementId, offer]));
  const [offers, setOffers] = useState<ReadonlyMap<string, OfferedAnswer>>(() => (offeredFrom === null ? new Map() : offersFrom(offeredFrom.profile)));
  const nameRef = useRef<HTMLInputElement>(null);

  const groups = useMemo(() => responseGroups(specification), [specification]);
  const numberOf = useMemo(() => numberAsExported(specification).numberOf, [specification]);
  const findings = useMemo(() => checkAnswers({ specification, answers: response.answers }), [specification, response.answers]);
  const answered = answeredCount(specification, response);
  const total = specification.requirements.length;

  const onAnswer = useCallback((requirementId: string, answer: Answer | null) => {
    setResponse((current) => withAnswer(current, requirementId, answer));
    setDirty(true);
  }, []);

  const setSupplier = (patch: Partial<ResponseDraft['supplier']>): void => {
    setResponse((current) => ({ ...current, supplier: { ...current.supplier, ...patch } }));
    setDirty(true);
  };

  const [confirmClose, setConfirmClose] = useState(false);

  /** The response as it is written (to .kravsvar or the filled form); null, with the name field marked, while the company's name is missing. */
  const prepared = (): ReturnType<typeof rebindResponse> | null => {
    const name = response.supplier.name.trim();
    if (name === '') {
      setStatus({ kind: 'nameNeeded' });
      nameRef.current?.focus();
      return null;
    }
    // Saved answers are bound to the specification open now, and only to its requirements.
    const known = new Set(specification.requirements.map((requirement) => requirement.id));
    const answers = Object.fromEntries(Object.entries(response.answers).filter(([id]) => known.has(id)));
    return rebindResponse({ ...response, supplier: { ...response.supplier, name }, answers }, specification);
  };

  /** Writes the filled response form (DOCX, in the specification's language) for an e-procurement platform. */
  const exportForm = async (): Promise<void> => {
    const toExport = prepared();
    if (toExport === null) return;
    try {
      const written = await api.supplier.exportResponseForm({ response: toExport, specificationPath: work.specificationPath });
      if (written !== null) setStatus({ kind: 'formExported', file: fileNameOf(written.path) });
    } catch (error) {
      setStatus({ kind: 'failed', message: t('supplier.answering.formFailed', { message: errorText(error) }) });
    }
  };

  /** Saves; true when the response is on disk (false when the name is missing, the dialog was cancelled, or writing failed). */
  const save = async (as: boolean): Promise<boolean> => {
    const toSave = prepared();
    if (toSave === null) return false;
    try {
      const saved = await api.supplier.saveResponse({ response: toSave, path: as ? null : responsePath });
      if (saved === null) return false;
      setResponsePath(saved.path);
      setDirty(false);
      setBoundElsewhere(false);
      setStatus({ kind: 'saved', file: fileNameOf(saved.path) });
      return true;
    } catch (error) {
      setStatus({ kind: 'failed', message: errorText(error) });
      return false;
    }
  };

  const offerFromProfile = async (): Promise<void> => {
    try {
      const opened = await api.supplier.openProfile({ path: null });
      if (opened === null) return;
      setOffers(offersFrom(opened.profile));
      setStatus({ kind: 'profile', file: fileNameOf(opened.path) });
    } catch (error) {
      setStatus({ kind: 'failed', message: errorText(error) });
    }
  };

  /** The answers kept in a company profile the user picks (saved there at once), to be offered in later tenders. */
  const keepInProfile = async (): Promise<void> => {
    try {
      const opened = await api.supplier.openProfile({ path: null });
      if (opened === null) return;
      const { profile, kept } = keepAnswers(opened.profile, specification, response.answers, new Date());
      const saved = await api.supplier.saveProfile({ profile, path: opened.path });
      if (saved === null) return;
      setStatus({ kind: 'kept', file: fileNameOf(saved.path), count: kept });
    } catch (error) {
      setStatus({ kind: 'failed', message: errorText(error) });
    }
  };

  const labelOf = (requirementId: string): string => numberOf.get(requirementId) ?? requirementId;
  const showstoppers = findings.filter(isDisqualifying);
  const others = findings.filter((finding) => !isDisqualifying(finding));

  return (
    <div className={styles.page}>
      <h1 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t('supplier.answering.heading', { title: specification.title })}
      </h1>
      <Text as="p" block>
        {t('supplier.answering.intro')}
      </Text>
      {boundElsewhere && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('supplier.answering.specificationChanged')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.supplier}>
        <Field label={t('supplier.answering.supplierName')} required validationState={status?.kind === 'nameNeeded' ? 'error' : 'none'} validationMessage={status?.kind === 'nameNeeded' ? t('supplier.answering.nameNeeded') : undefined}>
          <Input ref={nameRef} value={response.supplier.name} maxLength={300} onChange={(_event, data) => setSupplier({ name: data.value })} />
        </Field>
        <Field label={t('supplier.answering.organisationNumber')}>
          <Input value={response.supplier.organisationNumber} maxLength={40} onChange={(_event, data) => setSupplier({ organisationNumber: data.value })} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<SaveRegular />} onClick={() => void save(false)}>
          {t('supplier.answering.save')}
        </Button>
        <Button onClick={() => void save(true)}>{t('supplier.answering.saveAs')}</Button>
        <Button icon={<ArrowExportRegular />} onClick={() => void exportForm()}>
          {t('supplier.answering.exportForm')}
        </Button>
        <Button icon={<PersonBoardRegular />} onClick={() => void offerFromProfile()}>
          {t('supplier.answering.useProfile')}
        </Button>
        <Button icon={<BookmarkAddRegular />} onClick={() => void keepInProfile()}>
          {t('supplier.answering.keepInProfile')}
        </Button>
        <Button appearance="subtle" icon={<DismissRegular />} onClick={() => (dirty ? setConfirmClose(true) : onClosed())}>
          {t('supplier.answering.close')}
        </Button>
        {dirty && <Text>{t('supplier.answering.unsaved')}</Text>}
      </div>
      <div role="status" aria-live="polite" className={styles.status}>
        {status?.kind === 'saved' && (
          <MessageBar intent="success">
            <MessageBarBody>{t('supplier.answering.saved', { file: status.file })}</MessageBarBody>
          </MessageBar>
        )}
        {status?.kind === 'formExported' && (
          <MessageBar intent="success">
            <MessageBarBody>{t('supplier.answering.formExported', { file: status.file })}</MessageBarBody>
          </MessageBar>
        )}
        {status?.kind === 'profile' && (
          <MessageBar intent="info">
            <MessageBarBody>{t('supplier.answering.profileLoaded', { file: status.file })}</MessageBarBody>
          </MessageBar>
        )}
        {status?.kind === 'kept' && (
          <MessageBar intent="success">
            <MessageBarBody>{t('supplier.answering.keptInProfile', { count: status.count, formatted: formatNumber(status.count, language, 0), file: status.file })}</MessageBarBody>
          </MessageBar>
        )}
        {status?.kind === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{status.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.progress}>
        <Text>{t('supplier.answering.progress', { answered: formatNumber(answered, language, 0), total: formatNumber(total, language, 0) })}</Text>
        <ProgressBar value={total === 0 ? 0 : answered / total} aria-hidden />
      </div>
      <section aria-labelledby="response-checks">
        <Title3 as="h2" id="response-checks" className={styles.groupTitle}>
          {t('supplier.answering.checksTitle')}
        </Title3>
        {findings.length === 0 ? (
          <Text as="p" block>
            {t('supplier.answering.checksNone')}
          </Text>
        ) : (
          <ul className={styles.checks} data-testid="response-findings">
            {[...showstoppers, ...others].map((finding) => (
              <li key={`${finding.kind}-${finding.requirementId}`}>
                <Text weight={isDisqualifying(finding) ? 'semibold' : 'regular'}>
                  {isDisqualifying(finding) ? t('supplier.answering.showstopper') : t('supplier.answering.otherFinding')}:{' '}
                </Text>
                <Text>{answerFindingMessage(finding, language, labelOf(finding.requirementId))}</Text>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Dialog open={confirmClose} onOpenChange={(_event, data) => setConfirmClose(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('supplier.answering.closeUnsavedTitle')}</DialogTitle>
            <DialogContent>{t('supplier.answering.closeUnsavedText')}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirmClose(false);
                  void save(false).then((saved) => saved && onClosed());
                }}
              >
                {t('supplier.answering.saveAndClose')}
              </Button>
              <Button onClick={onClosed}>{t('supplier.answering.closeWithoutSaving')}</Button>
              <Button appearance="subtle" onClick={() => setConfirmClose(false)}>
                {t('supplier.answering.keepAnswering')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <div aria-label={t('supplier.answering.requirementsLabel')} role="group">
        {groups.map((group) => (
          <section key={group.key} aria-labelledby={`group-${group.key}`} style={{ marginTop: tokens.spacingVerticalL }}>
            <Title3 as="h2" id={`group-${group.key}`} className={styles.groupTitle}>
              {group.title === null ? t('supplier.answering.noSection') : `${group.number} ${specificationText(group.title, language, specification)}`}
            </Title3>
            <ul className={styles.list}>
              {group.requirements.map(({ requirement, number }) => (
                <RequirementAnswer
                  key={requirement.id}
                  requirement={requirement}
                  number={number}
                  specification={specification}
                  numberOf={numberOf}
                  answer={response.answers[requirement.id]}
                  offer={offers.get(requirement.id)}
                  language={language}
                  onAnswer={onAnswer}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
