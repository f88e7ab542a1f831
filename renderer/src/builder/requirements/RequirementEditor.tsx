import {
  Checkbox,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  tokens,
  Toolbar,
  ToolbarButton,
  typographyStyles,
} from '@fluentui/react-components';
import { useHints } from '../../open-document/hints';
import { ArrowDownRegular, ArrowUpRegular, CopyRegular, DeleteRegular } from '@fluentui/react-icons';
import { forwardRef, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dismissFinding,
  effectiveSectionNumbering,
  restoreFinding,
  setRequirementTitle,
  setResponseInstruction,
} from '../../../../shared/builder/requirement-edits';
import { unitName } from '../../../../shared/format/units';
import type { UiLanguage } from '../../../../shared/languages';
import type { DocumentFinding } from '../../../../shared/quality/lint';
import { type AnswerType, Obligation, type Requirement, type Specification } from '../../../../shared/specification/model';
import { answerKinds, type AnswerKind } from '../../../../shared/specification/model/answer-types';
import { requirementLevels, requirementRoles, verificationMethods } from '../../../../shared/specification/model/requirements';
import { requirementScore } from '../../../../shared/quality/scores';
import { FindingList } from '../quality/FindingList';
import { HighlightedTextarea } from '../quality/HighlightedTextarea';
import { ScoreDots } from '../quality/ScoreDots';
import { FixedNumberField } from './FixedNumberField';
import { documentLanguageName } from './language-names';
import { NumberDraftInput } from './NumberDraftInput';
import { ParameterFields } from './ParameterFields';
import { useUiLanguage } from '../../open-document/DocumentContext';
import { isBinding } from '../../../../shared/specification/model/requirements';
import { RichTextView } from '../../components/RichTextView';
import { hasMarkup, insertAt, RichTextTools, type TextCaret } from './RichTextTools';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  titleLine: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  score: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, marginLeft: tokens.spacingHorizontalS },
  toolbar: { flexWrap: 'wrap', padding: 0 },
  texts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', gap: tokens.spacingHorizontalL },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    alignItems: 'start',
    // A dropdown with a long choice (a chapter's title) keeps to its column instead of running past the card.
    // (A field is itself a grid: its column may shrink below the longest choice too.)
    '& > *': { minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' },
    '& select': { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' },
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: 'none',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    margin: 0,
    padding: `${tokens.spacingVerticalM} 0 0`,
    minWidth: 0,
  },
  legend: { ...typographyStyles.subtitle2, padding: 0 },
  needs: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
});

export interface RequirementEditorProps {
  requirement: Requirement;
  number: string;
  specification: Specification;
  findings: readonly DocumentFinding[];
  sectionOptions: readonly { id: string; label: string }[];
  change: (group: string, update: (requirement: Requirement) => Requirement) => void;
  onDuplicate: () => void;
  onMove: (direction: -1 | 1) => void;
  onMoveToSection: (sectionId: string) => void;
  onDelete: () => void;
  /** Requirement id → current number, for the cross-references of the preview. */
  numberOf?: ReadonlyMap<string, string>;
}

/** A multi-line field shows a list whole: a line per line of text, 3 to 12. */
const rowsFor = (text: string): number => Math.min(12, Math.max(3, text.split('\n').length + 1));

function defaultAnswer(kind: AnswerKind): AnswerType {
  switch (kind) {
    case 'number':
      return { kind, unit: '' };
    case 'text':
      return { kind };
    case 'choice':
      return { kind, options: ['—'], multiple: false };
    case 'date':
      return { kind, period: false };
    case 'attachment':
      return { kind };
    default:
      return { kind };
  }
}

/** Everything about one requirement: its text in each document language side by side, and its properties. */
export const RequirementEditor = forwardRef<HTMLTextAreaElement, RequirementEditorProps>(function RequirementEditor(props, firstField) {
  const { requirement: r, number, specification: spec, findings, sectionOptions, change, onDuplicate, onMove, onMoveToSection, onDelete } = props;
  const language = useUiLanguage();
  const styles = useStyles();
  const { t } = useTranslation();
  const j = spec.jurisdiction;
  const primaryText = r.text[spec.primaryLanguage] ?? '';
  const group = (field: string): string => `requirement.${r.id}.${field}`;
  const [activeRule, setActiveRule] = useState<string | null>(null);
  // Where the user last was in a text field, for "Insert reference".
  const caret = useRef<TextCaret | null>(null);
  const noteCaret = (documentLanguage: string) => (event: React.SyntheticEvent<HTMLTextAreaElement>): void => {
    caret.current = { language: documentLanguage, start: event.currentTarget.selectionStart, end: event.currentTarget.selectionEnd };
  };
  const score = requirementScore(findings);
  // A course exercise may hide the checker: no marks, no score, no findings.
  const { checker } = useHints();
  const textLanguageName = (code: string): string => documentLanguageName(code, language);
  const fixedNumbers = effectiveSectionNumbering(spec, r.sectionId).scheme === 'fixed';

  const dismiss = (ruleId: string, reason: string): void =>
    change(group('dismissedFindings'), (req) => dismissFinding(req, ruleId, reason, new Date().toISOString()));
  const restore = (ruleId: string): void => change(group('dismissedFindings'), (req) => restoreFinding(req, ruleId));

  return (
    <section className={styles.editor} aria-labelledby="requirement-editor-heading" data-requirement-id={r.id}>
      <div className={styles.head}>
        <div className={styles.titleLine}>
          <h3 id="requirement-editor-heading" className={styles.title}>
            {t('steps.requirements.editorTitle', { number })}
            <span className={styles.id}>{r.id}</span>
          </h3>
          {checker && primaryText.trim() !== '' && <ScoreDots score={score} className={styles.score} />}
        </div>
        <Toolbar size="small" className={styles.toolbar} aria-label={t('steps.requirements.requirementActions')}>
          <ToolbarButton icon={<CopyRegular />} onClick={onDuplicate}>
            {t('steps.requirements.duplicate')}
          </ToolbarButton>
          <ToolbarButton icon={<ArrowUpRegular />} onClick={() => onMove(-1)}>
            {t('steps.requirements.moveUp')}
          </ToolbarButton>
          <ToolbarButton icon={<ArrowDownRegular />} onClick={() => onMove(1)}>
            {t('steps.requirements.moveDown')}
          </ToolbarButton>
          <ToolbarButton icon={<DeleteRegular />} onClick={onDelete}>
            {t('steps.requirements.delete')}
          </ToolbarButton>
        </Toolbar>
      </div>

      <div className={styles.texts}>
        {spec.languages.map((documentLanguage) => (
          <Field key={documentLanguage} label={t('steps.requirements.titleIn', { language: textLanguageName(documentLanguage) })} hint={t('steps.requirements.titleHint')}>
            <Input
              lang={documentLanguage}
              value={r.title?.[documentLanguage] ?? ''}
              onChange={(_event, data) => change(group(`title.${documentLanguage}`), (req) => setRequirementTitle(req, documentLanguage, data.value))}
            />
          </Field>
        ))}
      </div>

      <div className={styles.texts}>
        {spec.languages.map((documentLanguage, index) => {
          const label = t('steps.requirements.textIn', { language: textLanguageName(documentLanguage) });
          const onChange = (value: string): void => change(group(`text.${documentLanguage}`), (req) => ({ ...req, text: { ...req.text, [documentLanguage]: value } }));
          return (
            <Field key={documentLanguage} label={label}>
              {documentLanguage === spec.primaryLanguage ? (
                <HighlightedTextarea
                  ref={index === 0 ? firstField : undefined}
                  lang={documentLanguage}
                  resize="vertical"
                  rows={4}
                  value={r.text[documentLanguage] ?? ''}
                  marks={checker ? findings : []}
                  activeRuleId={activeRule}
                  onSelect={noteCaret(documentLanguage)}
                  onChange={(_event, data) => onChange(data.value)}
                />
              ) : (
                <Textarea
                  ref={index === 0 ? firstField : undefined}
                  lang={documentLanguage}
                  resize="vertical"
                  rows={4}
                  value={r.text[documentLanguage] ?? ''}
                  onSelect={noteCaret(documentLanguage)}
                  onChange={(_event, data) => onChange(data.value)}
                />
              )}
            </Field>
          );
        })}
      </div>

      <RichTextTools
        specification={spec}
        requirementId={r.id}
        onInsert={(source) => {
          const at = caret.current ?? { language: spec.primaryLanguage, start: Number.MAX_SAFE_INTEGER, end: Number.MAX_SAFE_INTEGER };
          change(group(`text.${at.language}`), (req) => ({ ...req, text: { ...req.text, [at.language]: insertAt(req.text[at.language as keyof typeof req.text] ?? '', at, source) } }));
        }}
      />
      {hasMarkup(primaryText) && (
        <section aria-label={t('steps.requirements.richText.preview')}>
          <RichTextView source={primaryText} numberOf={props.numberOf ?? new Map()} lang={spec.primaryLanguage} />
        </section>
      )}
      <div className={styles.texts}>
        {spec.languages.map((documentLanguage) => (
          <Field key={documentLanguage} label={t('steps.requirements.instructionIn', { language: textLanguageName(documentLanguage) })} hint={t('steps.requirements.instructionHint')}>
            <Textarea
              lang={documentLanguage}
              resize="vertical"
              rows={rowsFor(r.responseInstruction?.[documentLanguage] ?? '')}
              value={r.responseInstruction?.[documentLanguage] ?? ''}
              onChange={(_event, data) => change(group(`responseInstruction.${documentLanguage}`), (req) => setResponseInstruction(req, documentLanguage, data.value))}
            />
          </Field>
        ))}
      </div>

      {checker && (
      <FindingList
        text={primaryText}
        findings={findings}
        dismissed={r.dismissedFindings}
        textLanguage={textLanguageName(spec.primaryLanguage)}
        onDismiss={dismiss}
        onRestore={restore}
        onActivate={setActiveRule}
      />
      )}

      <div className={styles.grid}>
        <Field label={t('steps.requirements.obligation')}>
          <RadioGroup
            value={r.obligation}
            onChange={(_event, data) => change(group('obligation'), (req) => ({ ...req, obligation: Obligation.catch('mandatory').parse(data.value) }))}
          >
            <Radio value="mandatory" label={t(`steps.requirements.obligations.${j}.mandatory`)} />
            <Radio value="evaluated" label={t(`steps.requirements.obligations.${j}.evaluated`)} />
            <Radio value="minimum-and-evaluated" label={t(`steps.requirements.obligations.${j}.minimum-and-evaluated`)} />
          </RadioGroup>
        </Field>
        <Field label={t('steps.requirements.role')}>
          <Select value={r.role} onChange={(_event, data) => change(group('role'), (req) => ({ ...req, role: requirementRoles.find((role) => role === data.value) ?? req.role }))}>
            {requirementRoles.map((role) => (
              <option key={role} value={role}>
                {t(`steps.requirements.roles.${j}.${role}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('steps.requirements.level')}>
          <Select value={r.level} onChange={(_event, data) => change(group('level'), (req) => ({ ...req, level: requirementLevels.find((level) => level === data.value) ?? req.level }))}>
            {requirementLevels.map((level) => (
              <option key={level} value={level}>
                {t(`library.levels.${level}`)}
              </option>
            ))}
          </Select>
        </Field>
        {fixedNumbers && <FixedNumberField requirement={r} change={change} />}
        <Field label={t('steps.requirements.section')}>
          <Select value={r.sectionId} onChange={(_event, data) => onMoveToSection(data.value)}>
            {sectionOptions.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t(`steps.requirements.verificationTitle.${j}`)}</legend>
        <div className={styles.grid}>
          <Field
            label={t('steps.requirements.verificationMethod')}
            validationMessage={isBinding(r.obligation) && r.verification.method === null ? t('steps.requirements.verificationMissing') : undefined}
            validationState={isBinding(r.obligation) && r.verification.method === null ? 'warning' : 'none'}
          >
            <Select
              value={r.verification.method ?? ''}
              onChange={(_event, data) =>
                change(group('verification.method'), (req) => ({
                  ...req,
                  verification: { ...req.verification, method: verificationMethods.find((method) => method === data.value) ?? null },
                }))
              }
            >
              <option value="">{t('steps.requirements.notChosen')}</option>
              {verificationMethods.map((method) => (
                <option key={method} value={method}>
                  {t(`library.verifications.${method}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('steps.requirements.verificationDescription')}>
            <Input
              value={r.verification.description ?? ''}
              onChange={(_event, data) =>
                change(group('verification.description'), (req) => {
                  const { description: _old, ...rest } = req.verification;
                  return { ...req, verification: data.value === '' ? rest : { ...rest, description: data.value } };
                })
              }
            />
          </Field>
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('steps.requirements.answerTitle')}</legend>
        <div className={styles.grid}>
          <Field label={t('steps.requirements.answerKind')}>
            <Select
              value={r.answerType.kind}
              onChange={(_event, data) => {
                const kind = answerKinds.find((candidate) => candidate === data.value);
                if (kind !== undefined && kind !== r.answerType.kind) change(group('answerType'), (req) => ({ ...req, answerType: defaultAnswer(kind) }));
              }}
            >
              {answerKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`steps.requirements.answerKinds.${kind}`)}
                </option>
              ))}
            </Select>
          </Field>
          <AnswerSettings answer={r.answerType} language={language} onChange={(answerType) => change(group('answerType.settings'), (req) => ({ ...req, answerType }))} />
        </div>
      </fieldset>

      {r.parameters.length > 0 && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>{t('steps.requirements.parametersTitle')}</legend>
          <ParameterFields
            requirement={r}
            textLanguage={spec.primaryLanguage}
            onChange={(name, value) =>
              change(group(`parameter.${name}`), (req) => ({ ...req, parameters: req.parameters.map((p) => (p.name === name ? { ...p, value } : p)) }))
            }
          />
        </fieldset>
      )}

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('steps.requirements.tracingTitle')}</legend>
        <RadioGroup
          aria-label={t('steps.requirements.tracingTitle')}
          layout="horizontal"
          value={r.tracing}
          onChange={(_event, data) => change(group('tracing'), (req) => ({ ...req, tracing: data.value === 'not-needed' ? 'not-needed' : 'linked' }))}
        >
          <Radio value="linked" label={t('steps.requirements.tracingLinked')} />
          <Radio value="not-needed" label={t('steps.requirements.tracingNotNeeded')} />
        </RadioGroup>
        {r.tracing === 'linked' ? (
          spec.needs.length === 0 ? (
            <p className={styles.muted}>{t('steps.requirements.noNeedsYet')}</p>
          ) : (
            <div className={styles.needs} role="group" aria-label={t('steps.requirements.linkedNeeds')}>
              {spec.needs.map((need) => (
                <Checkbox
                  key={need.id}
                  label={need.statement.trim() === '' ? need.id : need.statement}
                  checked={r.needIds.includes(need.id)}
                  onChange={(_event, data) =>
                    change(group('needIds'), (req) => ({
                      ...req,
                      needIds: data.checked === true ? [...req.needIds.filter((id) => id !== need.id), need.id] : req.needIds.filter((id) => id !== need.id),
                    }))
                  }
                />
              ))}
            </div>
          )
        ) : (
          <Field label={t('steps.requirements.tracingReason')}>
            <Input value={r.tracingReason} onChange={(_event, data) => change(group('tracingReason'), (req) => ({ ...req, tracingReason: data.value }))} />
          </Field>
        )}
      </fieldset>

      <Field label={t('steps.requirements.notes')} hint={t('steps.requirements.notesHint')}>
        <Textarea resize="vertical" rows={2} value={r.notes} onChange={(_event, data) => change(group('notes'), (req) => ({ ...req, notes: data.value }))} />
      </Field>
    </section>
  );
});

function AnswerSettings({ answer, language, onChange }: { answer: AnswerType; language: UiLanguage; onChange: (answer: AnswerType) => void }): React.JSX.Element | null {
  const { t } = useTranslation();
  switch (answer.kind) {
    case 'number':
      return (
        <>
          <Field label={t('steps.requirements.answerUnit')}>
            {/* A unit code from the library reads in the UI language; what the user types is kept as written. */}
            <Input value={unitName(answer.unit, language)} onChange={(_event, data) => onChange({ ...answer, unit: data.value })} />
          </Field>
          <NumberDraftInput
            label={t('steps.requirements.answerMin')}
            value={answer.min}
            onCommit={(min) => {
              const { min: _old, ...rest } = answer;
              onChange(min === undefined ? rest : { ...rest, min });
            }}
          />
          <NumberDraftInput
            label={t('steps.requirements.answerMax')}
            value={answer.max}
            onCommit={(max) => {
              const { max: _old, ...rest } = answer;
              onChange(max === undefined ? rest : { ...rest, max });
            }}
          />
        </>
      );
    case 'text':
      return (
        <NumberDraftInput
          label={t('steps.requirements.answerMaxLength')}
          value={answer.maxLength}
          min={1}
          integer
          onCommit={(maxLength) => {
            const { maxLength: _old, ...rest } = answer;
            onChange(maxLength === undefined ? rest : { ...rest, maxLength });
          }}
        />
      );
    case 'choice':
      return (
        <>
          <Field label={t('steps.requirements.answerOptions')} hint={t('steps.requirements.answerOptionsHint')}>
            <Textarea
              rows={3}
              value={answer.options.join('\n')}
              onChange={(_event, data) => {
                const options = data.value.split('\n');
                onChange({ ...answer, options: options.length === 0 ? [''] : options });
              }}
            />
          </Field>
          <Checkbox label={t('steps.requirements.answerMultiple')} checked={answer.multiple} onChange={(_event, data) => onChange({ ...answer, multiple: data.checked === true })} />
        </>
      );
    case 'date':
      return <Checkbox label={t('steps.requirements.answerPeriod')} checked={answer.period} onChange={(_event, data) => onChange({ ...answer, period: data.checked === true })} />;
    case 'attachment':
      return (
        <Field label={t('steps.requirements.answerAttachment')}>
          <Input
            value={answer.description ?? ''}
            onChange={(_event, data) => {
              const { description: _old, ...rest } = answer;
              onChange(data.value === '' ? rest : { ...rest, description: data.value });
            }}
          />
        </Field>
      );
    case 'compliance':
      return (
        <Field label={t('steps.requirements.answerComplianceAnnex')} hint={t('steps.requirements.answerComplianceAnnexHint')}>
          <Input
            value={answer.additionPriceAnnex ?? ''}
            onChange={(_event, data) => {
              const { additionPriceAnnex: _old, ...rest } = answer;
              onChange(data.value === '' ? rest : { ...rest, additionPriceAnnex: data.value });
            }}
          />
        </Field>
      );
    default:
      return null;
  }
}
