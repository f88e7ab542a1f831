import {
  Badge,
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { AddRegular, ArrowLeftRegular, DeleteRegular, DocumentArrowDownRegular } from '@fluentui/react-icons';
import type { TFunction } from 'i18next';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readAmount } from '../../../../shared/builder/evaluation-edits';
import { formatCalendarDate } from '../../../../shared/format/dates';
import { formatMoney, formatNumber, formatPoints } from '../../../../shared/format/numbers';
import { inLanguage, type UiLanguage } from '../../../../shared/languages';
import type { Answer } from '../../../../shared/response/answers';
import type { SupplierEvaluation } from '../../../../shared/response/evaluate';
import { evaluationMatrix, type MatrixFilters } from '../../../../shared/response/evaluation-matrix';
import type { ResponsesOverview } from '../../../../shared/response/received';
import { numberAsExported } from '../../../../shared/specification/numbering';
import { plainTextOf } from '../../../../shared/text/rich-text';
import { api } from '../../api';
import { useOpenDocument } from '../../open-document/DocumentContext';
import { NumberField } from './NumberField';

/** Requirements per page of the matrix: a page stays quick with 20 suppliers, however long the specification. */
const pageSize = 50;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  h3: { ...typographyStyles.subtitle1, margin: 0, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  h4: { ...typographyStyles.subtitle2, margin: 0 },
  lead: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  scroll: { overflowX: 'auto', minWidth: 0 },
  // Columns sized by what they hold (Fluent's tables share the width equally), so names, files and amounts stay readable.
  table: { tableLayout: 'auto' },
  flag: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', paddingBlock: tokens.spacingVerticalXXS },
  nowrap: { whiteSpace: 'nowrap' },
  flags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalL },
  pager: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  met: { color: tokens.colorPaletteGreenForeground1 },
  notMet: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  number: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  requirementText: { maxWidth: '40ch' },
  price: { maxWidth: '14em' },
});

/** An answer as the buyer reads it in the matrix. */
function answerText(answer: Answer | undefined, t: TFunction, language: UiLanguage): string {
  if (answer === undefined) return t('responseEvaluation.ui.matrix.notAnswered');
  switch (answer.kind) {
    case 'yes-no':
      return t(answer.value ? 'responseEvaluation.ui.answer.yes' : 'responseEvaluation.ui.answer.no');
    case 'compliance':
      if (answer.complies === 'no') return t('responseEvaluation.ui.answer.doesNotComply');
      if (answer.complies === 'addition') return t('responseEvaluation.ui.answer.addition');
      return answer.from === undefined ? t('responseEvaluation.ui.answer.complies') : t('responseEvaluation.ui.answer.compliesFrom', { date: formatCalendarDate(answer.from, language) });
    case 'number':
      return `${formatNumber(answer.value, language)} ${answer.unit}`.trim();
    case 'choice':
      return answer.selected.join(', ');
    case 'date':
      return answer.to === undefined ? formatCalendarDate(answer.from, language) : `${formatCalendarDate(answer.from, language)} – ${formatCalendarDate(answer.to, language)}`;
    case 'text':
      return answer.text.length > 120 ? `${answer.text.slice(0, 119)}…` : answer.text;
    case 'attachment':
      return t('responseEvaluation.ui.answer.attachment', { file: answer.file.fileName });
  }
}

export interface ResponsesEvaluationProps {
  onBack: () => void;
}

/** The buyer's evaluation of the suppliers' responses to the open specification (issue #19). */
export function ResponsesEvaluation({ onBack }: ResponsesEvaluationProps): React.JSX.Element {
  const { editor, language } = useOpenDocument();
  const { t } = useTranslation();
  const styles = useStyles();
  const spec = editor.specification;
  const sessionId = editor.document.sessionId;
  const currency = spec.procurement.currency;
  const ids = { title: useId(), responses: useId(), matrix: useId(), refused: useId(), section: useId() };
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [overview, setOverview] = useState<ResponsesOverview | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error' | 'info'; text: string } | null>(null);
  const [filters, setFilters] = useState<MatrixFilters>({ onlyMandatory: false, onlyFailed: false, sectionId: null });
  const [page, setPage] = useState(0);

  useEffect(() => titleRef.current?.focus(), []);
  // Evaluated again whenever the specification changes (the buyer may adjust the model and come back).
  useEffect(() => {
    let live = true;
    void api.evaluation.overview({ sessionId }).then((next) => live && setOverview(next));
    return () => {
      live = false;
    };
  }, [sessionId, spec]);

  const run = async (action: () => Promise<ResponsesOverview | null>, after?: (next: ResponsesOverview) => void): Promise<void> => {
    setBusy(true);
    try {
      const next = await action();
      if (next !== null) {
        setOverview(next);
        after?.(next);
      }
    } catch (error) {
      setNotice({ intent: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const add = (): Promise<void> =>
    run(
      () => api.evaluation.addResponses({ sessionId }),
      (next) => {
        const before = overview?.responses.length ?? 0;
        setNotice({ intent: 'info', text: t('responseEvaluation.ui.added', { count: next.responses.length - before }) });
      },
    );

  const exportReport = async (): Promise<void> => {
    setBusy(true);
    try {
      const saved = await api.evaluation.exportReport({ sessionId });
      if (saved !== null) setNotice({ intent: 'success', text: t('responseEvaluation.ui.reportSaved', { fileName: saved.fileName }) });
    } catch (error) {
      setNotice({ intent: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const numberOf = useMemo(() => numberAsExported(spec).numberOf, [spec]);
  const matrix = useMemo(() => (overview === null ? null : evaluationMatrix(spec, overview, filters)), [spec, overview, filters]);
  const pages = matrix === null ? 1 : Math.max(1, Math.ceil(matrix.rows.length / pageSize));
  const shownPage = Math.min(page, pages - 1);
  const shownRows = matrix?.rows.slice(shownPage * pageSize, (shownPage + 1) * pageSize) ?? [];
  const responseOf = new Map(overview?.responses.map((response) => [response.id, response]) ?? []);
  const setFilter = (change: Partial<MatrixFilters>): void => {
    setFilters((current) => ({ ...current, ...change }));
    setPage(0);
  };

  const result = (supplier: SupplierEvaluation): string => {
    if (supplier.total !== null) return t('responseEvaluation.ui.total', { value: formatPoints(supplier.total, language) });
    if (supplier.comparisonPrice !== null) return formatMoney(supplier.comparisonPrice, currency, language);
    return t('responseEvaluation.ui.notRanked');
  };

  return (
    <section className={styles.root} aria-labelledby={ids.title} data-testid="responses-evaluation">
      <div>
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
          {t('responseEvaluation.ui.back')}
        </Button>
      </div>
      <h3 id={ids.title} ref={titleRef} tabIndex={-1} className={styles.h3}>
        {t('responseEvaluation.ui.title')}
      </h3>
      <p className={styles.lead}>{t('responseEvaluation.ui.intro')}</p>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<AddRegular />} disabled={busy} onClick={() => void add()}>
          {t('responseEvaluation.ui.add')}
        </Button>
        <Button icon={<DocumentArrowDownRegular />} disabled={busy || (overview?.responses.length ?? 0) === 0} onClick={() => void exportReport()}>
          {t('responseEvaluation.ui.exportReport')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {notice !== null && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {overview !== null && overview.refused.length > 0 && (
        <MessageBar intent="warning" layout="multiline" aria-labelledby={ids.refused}>
          <MessageBarBody>
            <MessageBarTitle id={ids.refused}>{t('responseEvaluation.ui.refusedTitle')}</MessageBarTitle>
            <ul>
              {overview.refused.map((refused) => (
                <li key={refused.fileName}>{refused.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {overview !== null && overview.responses.length === 0 && <p className={styles.lead}>{t('responseEvaluation.ui.empty')}</p>}

      {overview !== null && overview.responses.length > 0 && (
        <section className={styles.section} aria-labelledby={ids.responses}>
          <h4 id={ids.responses} className={styles.h4}>
            {t('responseEvaluation.ui.responsesTitle')}
          </h4>
          <p className={styles.lead}>{t(overview.evaluation.method === 'weighted-points' ? 'responseEvaluation.ui.methodPoints' : 'responseEvaluation.ui.methodPrice')}</p>
          <div className={styles.scroll}>
            <Table size="small" className={styles.table} aria-labelledby={ids.responses}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('responseEvaluation.ui.columns.rank')}</TableHeaderCell>
                  <TableHeaderCell>{t('responseEvaluation.ui.columns.supplier')}</TableHeaderCell>
                  <TableHeaderCell>{t('responseEvaluation.ui.columns.result')}</TableHeaderCell>
                  <TableHeaderCell>{t('responseEvaluation.ui.columns.price')}</TableHeaderCell>
                  <TableHeaderCell>{t(overview.evaluation.method === 'weighted-points' ? 'responseEvaluation.ui.columns.points' : 'responseEvaluation.ui.columns.deductions')}</TableHeaderCell>
                  <TableHeaderCell>{t('responseEvaluation.ui.columns.mandatoryFailed')}</TableHeaderCell>
                  <TableHeaderCell>{t('responseEvaluation.ui.columns.flags')}</TableHeaderCell>
                  <TableHeaderCell>{t('responseEvaluation.ui.columns.file')}</TableHeaderCell>
                  <TableHeaderCell>{t('responseEvaluation.ui.columns.actions')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {overview.evaluation.suppliers.map((supplier) => {
                  const received = responseOf.get(supplier.source);
                  const compared = supplier.requirements.length > 0;
                  return (
                    <TableRow key={supplier.source} data-supplier={supplier.name}>
                      <TableCell className={styles.number}>{supplier.rank ?? '–'}</TableCell>
                      <TableCell>{supplier.name}</TableCell>
                      <TableCell className={styles.number}>{result(supplier)}</TableCell>
                      <TableCell>
                        {received === undefined || !compared ? (
                          '–'
                        ) : received.ownPrice !== null ? (
                          <span className={styles.number}>
                            {formatMoney(received.ownPrice, currency, language)}
                          </span>
                        ) : (
                          <NumberField
                            className={styles.price}
                            value={received.buyerPrice ?? undefined}
                            read={(text) => readAmount(text, language)}
                            format={(value) => (value === undefined ? '' : formatNumber(value, language))}
                            onCommit={(value) => void run(() => api.evaluation.setPrice({ sessionId, responseId: received.id, price: value ?? null }))}
                            problemText={() => t('responseEvaluation.ui.priceInvalid')}
                            input={{ 'aria-label': t('responseEvaluation.ui.priceLabel', { name: supplier.name }), 'aria-description': t('responseEvaluation.ui.priceHint') }}
                          />
                        )}
                      </TableCell>
                      <TableCell className={styles.number}>
                        {!compared ? '–' : formatPoints(overview.evaluation.method === 'weighted-points' ? supplier.qualityPoints : supplier.deductions, language)}
                      </TableCell>
                      <TableCell>{compared ? supplier.mandatoryFailed.map((id) => numberOf.get(id) ?? id).join(', ') || '0' : '–'}</TableCell>
                      <TableCell>
                        {supplier.flags.length === 0 ? (
                          <span className={styles.muted}>{t('responseEvaluation.ui.noFlags')}</span>
                        ) : (
                          <span className={styles.flags}>
                            {supplier.flags.map((flag, index) => (
                              <Badge
                                key={`${flag.kind}-${index}`}
                                appearance="tint"
                                shape="rounded"
                                className={styles.flag}
                                color={flag.kind === 'price-missing' || flag.kind === 'assessment-needed' ? 'warning' : 'danger'}
                                data-flag={flag.kind}
                              >
                                {t(`responseEvaluation.ui.flags.${flag.kind}`)}
                              </Badge>
                            ))}
                          </span>
                        )}
                      </TableCell>
                      <TableCell className={styles.nowrap}>{received?.fileName ?? ''}</TableCell>
                      <TableCell>
                        <Button
                          size="small"
                          appearance="subtle"
                          icon={<DeleteRegular />}
                          aria-label={t('responseEvaluation.ui.remove', { name: `${supplier.name} (${received?.fileName ?? ''})` })}
                          disabled={busy}
                          onClick={() =>
                            void run(
                              () => api.evaluation.removeResponse({ sessionId, responseId: supplier.source }),
                              () => {
                                setNotice({ intent: 'info', text: t('responseEvaluation.ui.removed', { name: supplier.name }) });
                                titleRef.current?.focus();
                              },
                            )
                          }
                        />
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
        </section>
      )}

      {matrix !== null && matrix.columns.length > 0 && (
        <section className={styles.section} aria-labelledby={ids.matrix}>
          <h4 id={ids.matrix} className={styles.h4}>
            {t('responseEvaluation.ui.matrix.title')}
          </h4>
          <p className={styles.lead}>{t('responseEvaluation.ui.matrix.comparedNote')}</p>
          <div className={styles.filters}>
            <Checkbox label={t('responseEvaluation.ui.matrix.onlyMandatory')} checked={filters.onlyMandatory} onChange={(_event, data) => setFilter({ onlyMandatory: data.checked === true })} />
            <Checkbox label={t('responseEvaluation.ui.matrix.onlyFailed')} checked={filters.onlyFailed} onChange={(_event, data) => setFilter({ onlyFailed: data.checked === true })} />
            <label htmlFor={ids.section}>{t('responseEvaluation.ui.matrix.section')}</label>
            <Select id={ids.section} value={filters.sectionId ?? ''} onChange={(_event, data) => setFilter({ sectionId: data.value === '' ? null : data.value })}>
              <option value="">{t('responseEvaluation.ui.matrix.allSections')}</option>
              {spec.sections.map((section) => (
                <option key={section.id} value={section.id}>
                  {inLanguage(section.title, spec.primaryLanguage)}
                </option>
              ))}
            </Select>
          </div>
          {matrix.rows.length === 0 ? (
            <p className={styles.lead}>{t('responseEvaluation.ui.matrix.none')}</p>
          ) : (
            <>
              <div className={styles.scroll}>
                <Table size="small" className={styles.table} aria-labelledby={ids.matrix}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{t('responseEvaluation.ui.matrix.requirement')}</TableHeaderCell>
                      {matrix.columns.map((column) => (
                        <TableHeaderCell key={column.responseId}>{column.name}</TableHeaderCell>
                      ))}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {shownRows.map((row) => (
                      <TableRow key={row.requirement.id} data-requirement={row.requirement.id}>
                        <TableCell className={styles.requirementText}>
                          <strong>{numberOf.get(row.requirement.id) ?? row.requirement.id}</strong>{' '}
                          <span lang={spec.primaryLanguage}>{shortRequirement(inLanguage(row.requirement.text, spec.primaryLanguage))}</span>
                        </TableCell>
                        {row.cells.map((cell, index) => (
                          <TableCell key={matrix.columns[index]?.responseId ?? index}>
                            <div>{answerText(cell.answer, t, language)}</div>
                            <div className={cell.met === true ? styles.met : cell.met === false ? styles.notMet : styles.muted}>
                              {cell.met === true ? t('responseEvaluation.ui.matrix.met') : cell.met === false ? t('responseEvaluation.ui.matrix.notMet') : t('responseEvaluation.ui.matrix.notCompared')}
                            </div>
                          </TableCell>
                        ))}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
              <nav className={styles.pager} aria-label={t('responseEvaluation.ui.matrix.title')}>
                <Button size="small" disabled={shownPage === 0} onClick={() => setPage(shownPage - 1)}>
                  {t('responseEvaluation.ui.matrix.previous')}
                </Button>
                <span aria-live="polite">
                  {t('responseEvaluation.ui.matrix.page', {
                    from: formatNumber(shownPage * pageSize + 1, language),
                    to: formatNumber(Math.min((shownPage + 1) * pageSize, matrix.rows.length), language),
                    total: formatNumber(matrix.rows.length, language),
                  })}
                </span>
                <Button size="small" disabled={shownPage >= pages - 1} onClick={() => setPage(shownPage + 1)}>
                  {t('responseEvaluation.ui.matrix.next')}
                </Button>
              </nav>
            </>
          )}
        </section>
      )}
    </section>
  );
}

/** A requirement's text on one line, without markup, cut to a readable length. */
function shortRequirement(text: string): string {
  const plain = plainTextOf(text).replace(/\s+/g, ' ').trim();
  return plain.length > 140 ? `${plain.slice(0, 139)}…` : plain;
}
