import { Button, Field, Input, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { nextItemId } from '../../../../shared/builder/item-ids';
import type { Lot, Specification } from '../../../../shared/specification/model';
import { withOptional } from '../../../../shared/builder/procurement-edits';
import type { ProcurementEdit } from './edit-procurement';
import { parseAmount } from '../../../../shared/locale-input';
import { formatAmount, formatMoney } from '../../../../shared/format/numbers';
import { useSectionStyles } from './SectionCard';
import { useDraft } from '../useDraft';
import { useUiLanguage } from '../../open-document/DocumentContext';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  lot: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(180px, 14rem)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    scrollMarginTop: tokens.spacingVerticalXXXL,
    '@media (max-width: 760px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  lotHeader: { gridColumn: '1 / -1', display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  full: { gridColumn: '1 / -1' },
  footer: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  reason: { maxWidth: '80ch' },
});

export interface LotsSectionProps {
  spec: Specification;
  edit: ProcurementEdit;
  /** A lot the user asked to go to. */
  focusItem: string | null;
}

const domId = (lotId: string): string => `procurement-lot-${lotId}`;

/** The lots, or why the contract is not divided (Directive 2014/24/EU art. 46). */
export function LotsSection({ spec, edit, focusItem }: LotsSectionProps): React.JSX.Element {
  const language = useUiLanguage();
  const styles = useStyles();
  const section = useSectionStyles();
  const { t } = useTranslation();
  const key = 'steps.procurement.lots';
  const { lots, estimatedValue, currency } = spec.procurement;
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAfterAdd = useRef<string | null>(null);

  // "Go to" a lot (from the review step), or a lot just added: bring its title field into view and focus it.
  useEffect(() => {
    const target = focusAfterAdd.current ?? focusItem;
    if (target === null) return;
    const field = document.getElementById(`${domId(target)}-title`);
    if (field === null) return;
    focusAfterAdd.current = null;
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
  }, [focusItem, lots.length]);

  const addLot = (): void => {
    const id = nextItemId('lot', lots);
    focusAfterAdd.current = id;
    edit('lots.add', (p) => ({ ...p, lots: [...p.lots, { id, title: '', description: '' }] }));
  };
  const removeLot = (id: string): void => {
    edit('lots.remove', (p) => ({ ...p, lots: p.lots.filter((lot) => lot.id !== id) }));
    addRef.current?.focus();
  };

  const valued = lots.filter((lot) => lot.estimatedValue !== undefined);
  const sum = valued.reduce((total, lot) => total + (lot.estimatedValue ?? 0), 0);

  return (
    <>
      {lots.length > 0 && (
        <ol className={styles.list}>
          {lots.map((lot, index) => (
            <LotCard
              key={lot.id}
              lot={lot}
              number={index + 1}
              onChange={(group, change) => edit(`lots.${lot.id}.${group}`, (p) => ({ ...p, lots: p.lots.map((l) => (l.id === lot.id ? change(l) : l)) }))}
              onRemove={() => removeLot(lot.id)}
            />
          ))}
        </ol>
      )}
      <div className={styles.footer}>
        <Button ref={addRef} icon={<AddRegular />} onClick={addLot}>
          {t(`${key}.add`)}
        </Button>
        {lots.length > 0 && <Text className={section.muted}>{t(`${key}.count`, { count: lots.length })}</Text>}
        {valued.length > 0 && estimatedValue !== null && (
          <Text className={section.muted}>
            {t(sum > estimatedValue ? `${key}.sumOver` : `${key}.sum`, {
              sum: formatMoney(sum, currency, language),
              total: formatMoney(estimatedValue, currency, language),
            })}
          </Text>
        )}
      </div>
      {lots.length === 0 && (
        <Field label={t(`${key}.notDividedReason`)} hint={t(`${key}.notDividedHint`)} className={styles.reason}>
          <Textarea
            resize="vertical"
            rows={3}
            value={spec.procurement.notDividedReason}
            onChange={(_e, d) => edit('notDividedReason', (p) => ({ ...p, notDividedReason: d.value }))}
          />
        </Field>
      )}
    </>
  );
}

interface LotCardProps {
  lot: Lot;
  number: number;
  onChange: (group: string, change: (lot: Lot) => Lot) => void;
  onRemove: () => void;
}

function LotCard({ lot, number, onChange, onRemove }: LotCardProps): React.JSX.Element {
  const language = useUiLanguage();
  const styles = useStyles();
  const section = useSectionStyles();
  const { t } = useTranslation();
  const key = 'steps.procurement.lots';
  const value = useDraft<number | null>(
    lot.estimatedValue ?? null,
    (amount) => formatAmount(amount, language),
    (text) => {
      const parsed = parseAmount(text, language);
      return parsed.ok ? parsed : { ok: false, problem: t(`steps.procurement.value.problems.${parsed.problem}`) };
    },
    (amount) => onChange('estimatedValue', (l) => withOptional(l, 'estimatedValue', amount)),
  );
  const id = domId(lot.id);
  const name = lot.title.trim();
  const removeLabel = name === '' ? t(`${key}.remove`, { number }) : t(`${key}.removeNamed`, { number, name });
  return (
    <li id={id} className={styles.lot} aria-labelledby={`${id}-heading`} data-lot-id={lot.id}>
      <div className={styles.lotHeader}>
        <h4 id={`${id}-heading`} className={section.subheading}>
          {t(`${key}.item`, { number })}
          {name !== '' && `: ${name}`}
        </h4>
        <Button appearance="subtle" icon={<DeleteRegular />} aria-label={removeLabel} title={removeLabel} onClick={onRemove} />
      </div>
      <Field label={{ children: t(`${key}.title`), htmlFor: `${id}-title` }}>
        <Input id={`${id}-title`} value={lot.title} onChange={(_e, d) => onChange('title', (l) => ({ ...l, title: d.value }))} />
      </Field>
      <Field label={t(`${key}.value`)} validationMessage={value.problem}>
        <Input inputMode="decimal" className={section.number} value={value.text} onChange={(_e, d) => value.onChange(d.value)} onBlur={value.onBlur} />
      </Field>
      <Field label={t(`${key}.description`)} className={styles.full}>
        <Textarea resize="vertical" rows={2} value={lot.description} onChange={(_e, d) => onChange('description', (l) => ({ ...l, description: d.value }))} />
      </Field>
    </li>
  );
}
