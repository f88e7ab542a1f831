import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CheckId } from '../../../../shared/builder/completeness';
import type { StepProps } from '../step-props';
import { useGoToCheck } from '../useGoToCheck';
import { BuyerSection } from './BuyerSection';
import { CpvSection } from './CpvSection';
import { procurementEdit } from './edit-procurement';
import { LotsSection } from './LotsSection';
import { PeriodSection } from './PeriodSection';
import { ProcedureSection } from './ProcedureSection';
import { SectionCard } from './SectionCard';
import { useRules } from './useRules';
import { VariantsSection } from './VariantsSection';
import { useOpenDocument } from '../../open-document/DocumentContext';

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

type SectionId = 'buyer' | 'procedure' | 'period' | 'lots' | 'variants' | 'cpv';

/** Which section fixes each of the step's completeness checks. */
const sectionOfCheck: Partial<Record<CheckId, SectionId>> = {
  title: 'buyer',
  buyer: 'buyer',
  organisationNumber: 'buyer',
  reference: 'buyer',
  procedure: 'procedure',
  estimatedValue: 'procedure',
  contractPeriod: 'period',
  lots: 'lots',
  variants: 'variants',
  cpv: 'cpv',
};

/** The procurement facts: who buys, the procedure and value (with the thresholds it falls under), period, lots, variants and CPV codes. */
export function ProcurementStep({ checks, focusItem, focusCheck }: StepProps): React.JSX.Element {
  const { editor } = useOpenDocument();
  const styles = useStyles();
  const { t } = useTranslation();
  const rules = useRules();
  const spec = editor.specification;
  const edit = procurementEdit(editor);

  const checkSection = focusCheck === null ? undefined : sectionOfCheck[focusCheck];
  useGoToCheck(checkSection === undefined ? undefined : `procurement-${checkSection}-heading`);

  const openIn = (section: SectionId): number | undefined => {
    const mine = checks.filter((check) => sectionOfCheck[check.id] === section);
    return mine.length === 0 ? undefined : mine.filter((check) => !check.done).length;
  };
  const card = (id: SectionId, children: React.ReactNode): React.JSX.Element => (
    <SectionCard
      id={`procurement-${id}`}
      title={t(`steps.procurement.sections.${id}`)}
      intro={t(`steps.procurement.intros.${id}`)}
      open={openIn(id)}
    >
      {children}
    </SectionCard>
  );

  return (
    <div className={styles.sections}>
      {card('buyer', <BuyerSection />)}
      {card('procedure', <ProcedureSection spec={spec} edit={edit} rules={rules} />)}
      {card('period', <PeriodSection spec={spec} edit={edit} />)}
      {card('lots', <LotsSection spec={spec} edit={edit} focusItem={focusItem} />)}
      {card('variants', <VariantsSection spec={spec} edit={edit} />)}
      {card('cpv', <CpvSection spec={spec} edit={edit} />)}
    </div>
  );
}
