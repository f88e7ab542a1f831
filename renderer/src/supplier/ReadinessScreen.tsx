/**
 * Readiness: how far the company profile already answers a buyer's
 * specification — per requirement meets, partly, does not or unknown, with
 * the profile's answer and evidence; the showstoppers (mandatory, not met)
 * first; the points or deductions within reach. Read-only: a bid/no-bid look
 * before answering.
 */
import {
  Badge,
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { DocumentCheckmarkRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format/numbers';
import type { UiLanguage } from '../../../shared/languages';
import type { SupplierProfile } from '../../../shared/response/profile';
import { assessReadiness, readinessRequirementsOfSpecification, type ReadinessStatus } from '../../../shared/response/readiness';
import { answerInWords, specificationText } from '../../../shared/response/response-edits';
import type { Specification } from '../../../shared/specification/model';
import { numberAsExported } from '../../../shared/specification/numbering';

const useStyles = makeStyles({
  page: { maxWidth: '1080px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { ...typographyStyles.title1, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  numberColumn: { width: '5em' },
  statusColumn: { width: '16em' },
});

const statusColour: Record<ReadinessStatus, 'success' | 'warning' | 'danger' | 'subtle'> = { meets: 'success', partly: 'warning', 'does-not': 'danger', unknown: 'subtle' };

/** Today as an ISO date in the computer's own time zone, for a compliance promised from a later date. */
function localToday(): string {
  const now = new Date();
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface ReadinessScreenProps {
  specification: Specification;
  profile: SupplierProfile;
  profileFile: string;
  language: UiLanguage;
  headingRef: React.Ref<HTMLHeadingElement> | null;
  onAnswer: () => void;
}

export function ReadinessScreen({ specification, profile, profileFile, language, headingRef, onAnswer }: ReadinessScreenProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const readiness = useMemo(
    () => assessReadiness(readinessRequirementsOfSpecification(specification), profile, { languages: specification.languages, today: localToday() }),
    [specification, profile],
  );
  const numberOf = useMemo(() => numberAsExported(specification).numberOf, [specification]);
  const byId = useMemo(() => new Map(specification.requirements.map((requirement) => [requirement.id, requirement])), [specification]);
  const n = (value: number): string => formatNumber(value, language, 2);
  return (
    <div className={styles.page}>
      <h1 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t('supplier.readiness.heading', { title: specification.title })}
      </h1>
      <Text as="p" block>
        {t('supplier.readiness.intro', { file: profileFile, company: profile.company.name })}
      </Text>
      <section aria-label={t('supplier.readiness.summaryLabel')} className={styles.summary} data-testid="readiness-summary">
        <Text weight="semibold">
          {readiness.showstoppers === 0
            ? t('supplier.readiness.noShowstoppers')
            : t('supplier.readiness.showstoppers', { count: readiness.showstoppers, formatted: n(readiness.showstoppers) })}
        </Text>
        <Text>
          {t('supplier.readiness.counts', {
            meets: n(readiness.counts.meets),
            partly: n(readiness.counts.partly),
            doesNot: n(readiness.counts['does-not']),
            unknown: n(readiness.counts.unknown),
          })}
        </Text>
        {readiness.pointsPossible > 0 && <Text>{t('supplier.readiness.points', { reached: n(readiness.pointsWithinReach), possible: n(readiness.pointsPossible) })}</Text>}
        {readiness.deductionPossible > 0 && (
          <Text>{t('supplier.readiness.deduction', { reached: n(readiness.deductionWithinReach), possible: n(readiness.deductionPossible) })}</Text>
        )}
      </section>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<DocumentCheckmarkRegular />} onClick={onAnswer}>
          {t('supplier.readiness.answerThis')}
        </Button>
      </div>
      <Table size="small" aria-label={t('supplier.readiness.tableLabel')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.numberColumn}>{t('supplier.readiness.colNumber')}</TableHeaderCell>
            <TableHeaderCell>{t('supplier.readiness.colRequirement')}</TableHeaderCell>
            <TableHeaderCell className={styles.statusColumn}>{t('supplier.readiness.colStatus')}</TableHeaderCell>
            <TableHeaderCell>{t('supplier.readiness.colAnswer')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {readiness.items.map((item) => {
            const requirement = byId.get(item.requirementId);
            const text = requirement === undefined ? '' : specificationText(requirement.text, language, specification);
            const answer = item.answer === null ? null : answerInWords(item.answer, language);
            const evidence = item.evidence.map((file) => file.fileName);
            return (
              <TableRow key={item.requirementId} data-status={item.status}>
                <TableCell>{numberOf.get(item.requirementId) ?? item.requirementId}</TableCell>
                <TableCell>{text.length > 200 ? `${text.slice(0, 199)}…` : text}</TableCell>
                <TableCell>
                  <span className={styles.badges}>
                    {item.showstopper && (
                      <Badge appearance="filled" color="danger">
                        {t('supplier.readiness.showstopper')}
                      </Badge>
                    )}
                    <Badge appearance="tint" color={statusColour[item.status]}>
                      {t(`supplier.readiness.statuses.${item.status}`)}
                    </Badge>
                  </span>
                  {item.partlyBecause !== null && <Text size={200}>{t(`supplier.readiness.partlyBecause.${item.partlyBecause}`)}</Text>}
                </TableCell>
                <TableCell>{answer === null && evidence.length === 0 ? t('supplier.readiness.none') : [answer, ...evidence].filter((part) => part !== null).join(' · ')}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
