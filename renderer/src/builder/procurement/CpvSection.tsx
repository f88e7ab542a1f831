import { Badge, Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseCpvCode } from '../../../../shared/specification/identifiers';
import type { Specification } from '../../../../shared/specification/model';
import { ictCpvSuggestions } from '../../../../shared/builder/cpv-suggestions';
import type { ProcurementEdit } from './edit-procurement';
import { useSectionStyles } from './SectionCard';
import { visuallyHidden } from '../../visually-hidden';

const useStyles = makeStyles({
  entry: { maxWidth: '40rem' },
  entryRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  input: { flexGrow: 1, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxWidth: '52rem' },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  name: { flexGrow: 1, minWidth: 0, color: tokens.colorNeutralForeground2 },
  suggestions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  suggestionButtons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // The button lays its content out as flex, which drops the space between code and name.
  suggestionCode: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalXS },
  hidden: visuallyHidden,
});

export interface CpvSectionProps {
  spec: Specification;
  edit: ProcurementEdit;
}

/**
 * CPV codes: typed codes are normalised ("720000005" becomes "72000000-5")
 * and added only with a valid check digit; a bad one stays in the input with
 * a message naming the problem and never reaches the document.
 */
export function CpvSection({ spec, edit }: CpvSectionProps): React.JSX.Element {
  const styles = useStyles();
  const section = useSectionStyles();
  const { t, i18n } = useTranslation();
  const key = 'steps.procurement.cpv';
  const codes = spec.procurement.cpvCodes;
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const inputRef = useRef<HTMLInputElement>(null);

  const nameOf = (code: string): string | null => (i18n.exists(`${key}.names.${code}`) ? t(`${key}.names.${code}`) : null);
  const addCode = (code: string): void => edit('cpvCodes', (p) => ({ ...p, cpvCodes: [...p.cpvCodes, code] }));

  const submit = (): void => {
    const typed = text.trim();
    if (typed === '') return;
    const code = normaliseCpvCode(typed);
    if (code === null) {
      const shaped = /^(\d{8})\s*-?\s*(\d)$/.exec(typed);
      setProblem(shaped === null ? t(`${key}.problems.format`, { text: typed }) : t(`${key}.problems.checkDigit`, { code: `${shaped[1]}-${shaped[2]}` }));
      return;
    }
    if (codes.includes(code)) {
      setProblem(t(`${key}.problems.duplicate`, { code }));
      return;
    }
    addCode(code);
    setText('');
    setProblem(undefined);
  };

  const remove = (code: string): void => {
    edit('cpvCodes', (p) => ({ ...p, cpvCodes: p.cpvCodes.filter((c) => c !== code) }));
    inputRef.current?.focus();
  };

  const suggestions = ictCpvSuggestions.filter((code) => !codes.includes(code));

  return (
    <>
      {codes.length === 0 ? (
        <p className={section.muted}>{t(`${key}.none`)}</p>
      ) : (
        <ul className={styles.list} aria-label={t(`${key}.listLabel`)}>
          {codes.map((code, index) => (
            <li key={code} className={styles.item}>
              <span className={styles.code}>{code}</span>
              <span className={styles.name}>{nameOf(code)}</span>
              {index === 0 && codes.length > 1 && (
                <Badge appearance="outline" color="brand" className={styles.badge}>
                  {t(`${key}.main`)}
                </Badge>
              )}
              <Button
                appearance="subtle"
                size="small"
                icon={<DismissRegular />}
                aria-label={t(`${key}.remove`, { code })}
                title={t(`${key}.remove`, { code })}
                onClick={() => remove(code)}
              />
            </li>
          ))}
        </ul>
      )}
      <Field className={styles.entry} label={t(`${key}.label`)} hint={t(`${key}.hint`)} validationMessage={problem}>
        {(control) => (
          <div className={styles.entryRow}>
            <Input
              {...control}
              className={styles.input}
              ref={inputRef}
              value={text}
              autoComplete="off"
              spellCheck={false}
              onChange={(_e, d) => {
                setText(d.value);
                setProblem(undefined);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  submit();
                }
              }}
            />
            <Button icon={<AddRegular />} onClick={submit} aria-label={t(`${key}.addLabel`)}>
              {t(`${key}.add`)}
            </Button>
          </div>
        )}
      </Field>
      {suggestions.length > 0 && (
        <div className={styles.suggestions} role="group" aria-labelledby="cpv-suggestions-label">
          <Text id="cpv-suggestions-label" size={200} weight="semibold">
            {t(`${key}.suggestions`)}
          </Text>
          <div className={styles.suggestionButtons}>
            {suggestions.map((code) => (
              <Button
                key={code}
                size="small"
                appearance="outline"
                icon={<AddRegular />}
                onClick={() => addCode(code)}
              >
                {/* Heard as "Add 72000000-5 IT services…"; seen without the verb. */}
                <span className={styles.hidden}>{t(`${key}.add`)} </span>
                <span className={styles.suggestionCode}>{code}</span> {nameOf(code)}
              </Button>
            ))}
          </div>
        </div>
      )}
    </>
  );
}
