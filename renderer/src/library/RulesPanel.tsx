import { Badge, makeStyles, Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/format/numbers';
import { inLanguage, localeOf, type UiLanguage } from '../../../shared/languages';
import type { JurisdictionRules } from '../../../shared/templates/catalogues';
import { thresholdValidity } from '../../../shared/builder/thresholds';
import { todayIso } from '../../../shared/locale-input';

const useStyles = makeStyles({
  h2: { ...typographyStyles.subtitle1, margin: 0 },
  note: { color: tokens.colorNeutralForeground2 },
  amount: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  // The amount and its "check the current value" mark wrap inside their own column instead of running into the dates.
  marked: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS, minWidth: 0, padding: `${tokens.spacingVerticalXXS} 0` },
  badge: { maxWidth: '100%', whiteSpace: 'normal', height: 'auto', minHeight: '20px' },
});

/** Thresholds and procedures per jurisdiction from the rules data, with validity dates and "verify" flags. */
export function RulesPanel({ rules, language }: { rules: JurisdictionRules[]; language: UiLanguage }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string>(rules[0]?.jurisdiction ?? 'se');
  const current = rules.find((r) => r.jurisdiction === selected);
  const today = todayIso();
  const local = (text: Partial<Record<UiLanguage, string>> | undefined): string => inLanguage(text, language);
  const money = (amount: number, currency: string): string => formatMoney(amount, currency, language);
  const date = (iso: string): string => new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading" className={styles.h2}>
        {t('rules.title')}
      </h2>
      <Text as="p" block className={styles.note}>
        {t('rules.intro', { date: current === undefined ? '' : date(current.checkedAt) })}
      </Text>
      <TabList selectedValue={selected} onTabSelect={(_e, data) => setSelected(String(data.value))} aria-label={t('rules.title')}>
        {rules.map((r) => (
          <Tab key={r.jurisdiction} value={r.jurisdiction}>
            {t(`jurisdiction.${r.jurisdiction}`)}
          </Tab>
        ))}
      </TabList>
      {current !== undefined && (
        <div role="tabpanel" aria-label={t(`jurisdiction.${current.jurisdiction}`)}>
          <Table size="small" aria-label={t('rules.thresholds')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('rules.limit')}</TableHeaderCell>
                <TableHeaderCell>{t('rules.amount')}</TableHeaderCell>
                <TableHeaderCell>{t('rules.valid')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {current.thresholds.map((threshold) => (
                <TableRow key={threshold.id}>
                  <TableCell>
                    {local(threshold.label)}
                    {threshold.note !== undefined && (
                      <>
                        <br />
                        <Text size={200} className={styles.note}>
                          {local(threshold.note)}
                        </Text>
                      </>
                    )}
                  </TableCell>
                  <TableCell>
                    <span className={styles.marked} data-testid="threshold-amount">
                      <span className={styles.amount}>{money(threshold.amount, threshold.currency)}</span>
                      {threshold.verify && (
                        <Badge color="warning" appearance="tint" className={styles.badge}>
                          {t('rules.verify')}
                        </Badge>
                      )}
                    </span>
                  </TableCell>
                  <TableCell>
                    {threshold.validTo === null
                      ? t('rules.from', { from: date(threshold.validFrom) })
                      : t('rules.between', { from: date(threshold.validFrom), to: date(threshold.validTo) })}
                    <ValidityBadge validity={thresholdValidity(threshold, today)} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

/** "Expired" or "not yet in force" beside a threshold's dates; nothing for one in force. */
function ValidityBadge({ validity }: { validity: ReturnType<typeof thresholdValidity> }): React.JSX.Element | null {
  const { t } = useTranslation();
  if (validity === 'inForce') return null;
  return (
    <>
      {' '}
      <Badge color={validity === 'expired' ? 'danger' : 'informative'} appearance="tint" data-validity={validity}>
        {t(validity === 'expired' ? 'rules.expired' : 'rules.upcoming')}
      </Badge>
    </>
  );
}
