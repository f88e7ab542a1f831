/**
 * The control for one requirement's answer, by its answer type: yes/no (and
 * confirmation), compliance with an optional date, a value in its unit and
 * range, one or several options, a date or period, a text, a file attached
 * as evidence (read and kept by the main process). Each control
 * reports a whole answer, or null when the user has emptied it.
 */
import { Button, Checkbox, Field, Input, Radio, RadioGroup, Text, Textarea } from '@fluentui/react-components';
import { AttachRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format/numbers';
import type { UiLanguage } from '../../../shared/languages';
import { parseDecimal } from '../../../shared/locale-input';
import { ComplianceState, type Answer } from '../../../shared/response/answers';
import type { AnswerType } from '../../../shared/specification/model';
import { api } from '../api';

export interface AnswerControlProps {
  answerType: AnswerType;
  answer: Answer | undefined;
  language: UiLanguage;
  onChange: (answer: Answer | null) => void;
}

/** An answer's comment, kept when the answer itself changes. */
function commentOf(answer: Answer | undefined): { comment?: string } {
  return answer !== undefined && answer.kind !== 'text' && answer.comment !== undefined ? { comment: answer.comment } : {};
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A file attached as evidence: the main process asks for it, reads it and keeps it until the response is saved; here its name. */
function EvidenceAnswer({ answerType, answer, onChange }: AnswerControlProps & { answerType: Extract<AnswerType, { kind: 'attachment' }> }): React.JSX.Element {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const attach = async (): Promise<void> => {
    try {
      const file = await api.supplier.attachEvidence();
      if (file === null) return;
      setProblem(null);
      onChange({ kind: 'attachment', file, ...commentOf(answer) });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <p>
        {answer?.kind === 'attachment'
          ? t('supplier.answering.attachmentNamed', { file: answer.file.fileName })
          : t('supplier.answering.attachment', { description: answerType.description ?? '—' })}
      </p>
      <div>
        <Button icon={<AttachRegular />} onClick={() => void attach()}>
          {answer?.kind === 'attachment' ? t('supplier.answering.attachOther') : t('supplier.answering.attachFile')}
        </Button>
      </div>
      {problem !== null && (
        <Text role="alert" block>
          {t('supplier.answering.attachFailed', { message: problem })}
        </Text>
      )}
    </>
  );
}

function NumberAnswer({ answerType, answer, language, onChange }: AnswerControlProps & { answerType: Extract<AnswerType, { kind: 'number' }> }): React.JSX.Element {
  const { t } = useTranslation();
  const current = answer?.kind === 'number' ? answer : undefined;
  // As typed in the language, every digit kept (no grouping, no rounding).
  const [text, setText] = useState(current === undefined ? '' : String(current.value).replace('.', language === 'en' ? '.' : ','));
  const [invalid, setInvalid] = useState(false);
  const range = [
    answerType.min === undefined ? null : `≥ ${formatNumber(answerType.min, language, 6)}`,
    answerType.max === undefined ? null : `≤ ${formatNumber(answerType.max, language, 6)}`,
  ]
    .filter((part) => part !== null)
    .join(', ');
  return (
    <Field
      label={`${t('supplier.answering.value')} (${answerType.unit})`}
      hint={range === '' ? undefined : t('supplier.answering.valueRange', { range: `${range} ${answerType.unit}` })}
      validationState={invalid ? 'error' : 'none'}
      validationMessage={invalid ? t('supplier.answering.valueNotANumber') : undefined}
    >
      <Input
        inputMode="decimal"
        value={text}
        contentAfter={answerType.unit}
        onChange={(_event, data) => {
          setText(data.value);
          if (data.value.trim() === '') {
            setInvalid(false);
            onChange(null);
            return;
          }
          const value = parseDecimal(data.value, language);
          setInvalid(value === null);
          if (value !== null) onChange({ kind: 'number', value, unit: answerType.unit, ...commentOf(answer) });
        }}
      />
    </Field>
  );
}

export function AnswerControl(props: AnswerControlProps): React.JSX.Element {
  const { answerType, answer, onChange } = props;
  const { t } = useTranslation();
  switch (answerType.kind) {
    case 'yes-no':
    case 'confirmation': {
      const value = answer?.kind === 'yes-no' ? (answer.value ? 'yes' : 'no') : '';
      return (
        <Field label={t('supplier.answering.answerLabel')}>
          <RadioGroup layout="horizontal" value={value} onChange={(_event, data) => onChange({ kind: 'yes-no', value: data.value === 'yes', ...commentOf(answer) })}>
            <Radio value="yes" label={t('supplier.answering.yes')} />
            <Radio value="no" label={t('supplier.answering.no')} />
          </RadioGroup>
        </Field>
      );
    }
    case 'compliance': {
      const current = answer?.kind === 'compliance' ? answer : undefined;
      return (
        <>
          <Field label={t('supplier.answering.complianceLabel')}>
            <RadioGroup
              value={current?.complies ?? ''}
              onChange={(_event, data) => {
                const complies = ComplianceState.safeParse(data.value);
                if (!complies.success) return;
                const from = complies.data === 'no' ? {} : current?.from === undefined ? {} : { from: current.from };
                onChange({ kind: 'compliance', complies: complies.data, ...from, ...commentOf(answer) });
              }}
            >
              <Radio value="yes" label={t('supplier.answering.complies.yes')} />
              <Radio value="addition" label={t('supplier.answering.complies.addition')} />
              <Radio value="no" label={t('supplier.answering.complies.no')} />
            </RadioGroup>
          </Field>
          {current !== undefined && current.complies !== 'no' && (
            <Field label={t('supplier.answering.from')}>
              <Input
                type="date"
                value={current.from ?? ''}
                onChange={(_event, data) => {
                  const { from: _from, ...rest } = current;
                  onChange(isoDate.test(data.value) ? { ...rest, from: data.value } : rest);
                }}
              />
            </Field>
          )}
        </>
      );
    }
    case 'number':
      return <NumberAnswer {...props} answerType={answerType} />;
    case 'text': {
      const text = answer?.kind === 'text' ? answer.text : '';
      return (
        <Field label={t('supplier.answering.text')}>
          <Textarea
            resize="vertical"
            value={text}
            {...(answerType.maxLength === undefined ? {} : { maxLength: answerType.maxLength })}
            onChange={(_event, data) => onChange(data.value === '' ? null : { kind: 'text', text: data.value })}
          />
        </Field>
      );
    }
    case 'choice': {
      const selected = answer?.kind === 'choice' ? answer.selected : [];
      const choose = (next: string[]): void => onChange(next.length === 0 ? null : { kind: 'choice', selected: next, ...commentOf(answer) });
      if (!answerType.multiple) {
        return (
          <Field label={t('supplier.answering.choice')}>
            <RadioGroup value={selected[0] ?? ''} onChange={(_event, data) => choose([data.value])}>
              {answerType.options.map((option) => (
                <Radio key={option} value={option} label={option} />
              ))}
            </RadioGroup>
          </Field>
        );
      }
      return (
        <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
          <legend>{t('supplier.answering.choice')}</legend>
          {answerType.options.map((option) => (
            <Checkbox
              key={option}
              label={option}
              checked={selected.includes(option)}
              onChange={(_event, data) => choose(data.checked === true ? [...selected, option] : selected.filter((each) => each !== option))}
            />
          ))}
        </fieldset>
      );
    }
    case 'date': {
      const current = answer?.kind === 'date' ? answer : undefined;
      return (
        <>
          <Field label={t('supplier.answering.dateFrom')}>
            <Input
              type="date"
              value={current?.from ?? ''}
              onChange={(_event, data) =>
                onChange(isoDate.test(data.value) ? { kind: 'date', from: data.value, ...(current?.to === undefined ? {} : { to: current.to }), ...commentOf(answer) } : null)
              }
            />
          </Field>
          {answerType.period && current !== undefined && (
            <Field label={t('supplier.answering.dateTo')}>
              <Input
                type="date"
                value={current.to ?? ''}
                onChange={(_event, data) => {
                  const { to: _to, ...rest } = current;
                  onChange(isoDate.test(data.value) ? { ...rest, to: data.value } : rest);
                }}
              />
            </Field>
          )}
        </>
      );
    }
    case 'attachment':
      return <EvidenceAnswer {...props} answerType={answerType} />;
  }
}

/** The comment beside an answer (not for text answers, which are their own comment). */
export function CommentField({ answer, onChange }: { answer: Answer; onChange: (answer: Answer) => void }): React.JSX.Element | null {
  const { t } = useTranslation();
  if (answer.kind === 'text') return null;
  return (
    <Field label={t('supplier.answering.comment')}>
      <Textarea
        resize="vertical"
        value={answer.comment ?? ''}
        onChange={(_event, data) => {
          const { comment: _comment, ...rest } = answer;
          onChange(data.value === '' ? rest : { ...rest, comment: data.value });
        }}
      />
    </Field>
  );
}
