/**
 * The column mapping of a spreadsheet or CSV import: the first rows of the
 * sheet as a table, a choice of field above each column (guessed from the
 * header), the sheet and the header row. `ColumnMappingEditor` is the part
 * the import dialog shows above its report; `ColumnMapping` is the same as a
 * dialog of its own, with "Save mapping…" so the mapping can be used for the
 * next file (and by `kravstudio import --mapping`).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpreadsheetWorkbook } from '../../../shared/import/table';
import { type ColumnMapping as ColumnMappingValue, headerSearchRows, sheetWidth, tableFields, type TableField } from '../../../shared/import/table/mapping';
import { columnLetter, fieldOfColumn, initialMapping, mappingProblems, sheetIndexOf, withField, withHeaderRow, withSheet } from './column-mapping-state';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(1100px, 95vw)', width: '95vw' },
  choices: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, marginBottom: tokens.spacingVerticalM },
  compact: { maxHeight: '260px' },
  rowHead: { minWidth: 'auto' },
  scroll: { overflow: 'auto', maxHeight: '50vh', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, minWidth: '100%' },
  caption: { textAlign: 'start', padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  headCell: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingHorizontalS, verticalAlign: 'top', textAlign: 'start', minWidth: '150px' },
  header: { display: 'block', fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS, whiteSpace: 'pre-wrap' },
  rowNumber: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2, textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  cell: {
    padding: tokens.spacingHorizontalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: 'top',
    maxWidth: '320px',
    whiteSpace: 'pre-wrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  ignored: { color: tokens.colorNeutralForeground3 },
  problems: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalM },
});

export interface ColumnMappingEditorProps {
  workbook: SpreadsheetWorkbook;
  mapping: ColumnMappingValue;
  onChange: (mapping: ColumnMappingValue) => void;
  /** How many rows below the header the preview shows. */
  previewRows?: number;
  /** The language the cells are written in, for screen readers. */
  lang?: string;
  /** A lower preview, for a dialog that shows more below it. */
  compact?: boolean;
}

/** A cell of the preview, cut to what a glance needs. */
function preview(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** The sheet and header-row choices, the preview with a field above each column, and what keeps the mapping from being used. */
export function ColumnMappingEditor({ workbook, mapping, onChange, previewRows = 8, lang, compact = false }: ColumnMappingEditorProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const sheetIndex = sheetIndexOf(workbook, mapping);
  const rows = workbook.sheets[sheetIndex]?.rows ?? [];
  const width = Math.max(1, sheetWidth(rows));
  const header = rows[mapping.headerRow] ?? [];
  const body = rows.slice(mapping.headerRow + 1, mapping.headerRow + 1 + previewRows);
  const problems = mappingProblems(mapping);
  const columns = Array.from({ length: width }, (_unused, column) => column);
  const headerChoices = Array.from({ length: Math.min(headerSearchRows, Math.max(rows.length, 1)) }, (_unused, row) => row);

  return (
    <>
      <div className={styles.choices}>
        <Field label={t('tableImport.mapping.sheet')}>
          <Select value={String(sheetIndex)} disabled={workbook.sheets.length < 2} onChange={(_event, data) => onChange(withSheet(workbook, Number(data.value)))}>
            {workbook.sheets.map((sheet, index) => (
              <option key={`${index}-${sheet.name}`} value={String(index)}>
                {sheet.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('tableImport.mapping.headerRow')}>
          <Select value={String(mapping.headerRow)} onChange={(_event, data) => onChange(withHeaderRow(mapping, rows, Number(data.value)))}>
            {headerChoices.map((row) => (
              <option key={row} value={String(row)}>
                {t('tableImport.mapping.headerRowOption', { row: row + 1 })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={mergeClasses(styles.scroll, compact && styles.compact)} role="region" aria-label={t('tableImport.mapping.preview')} tabIndex={0}>
        <table className={styles.table}>
          <caption className={styles.caption}>{t('tableImport.mapping.preview')}</caption>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.headCell, styles.rowHead)}>
                {t('tableImport.mapping.rowNumber')}
              </th>
              {columns.map((column) => {
                const field = fieldOfColumn(mapping, column);
                const letter = columnLetter(column);
                return (
                  <th key={column} scope="col" className={styles.headCell}>
                    <span className={styles.header} lang={lang}>
                      {letter}
                      {(header[column] ?? '') === '' ? '' : ` · ${preview(header[column] ?? '')}`}
                    </span>
                    <Select
                      size="small"
                      aria-label={t('tableImport.mapping.columnField', { column: letter })}
                      value={field}
                      onChange={(_event, data) => onChange(withField(mapping, column, data.value as TableField, header[column] ?? ''))}
                    >
                      {tableFields.map((choice) => (
                        <option key={choice} value={choice}>
                          {t(`tableImport.mapping.fields.${choice}`)}
                        </option>
                      ))}
                    </Select>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody lang={lang}>
            {body.map((row, offset) => (
              <tr key={mapping.headerRow + 1 + offset}>
                <th scope="row" className={styles.rowNumber}>
                  {mapping.headerRow + 2 + offset}
                </th>
                {columns.map((column) => (
                  <td key={column} className={mergeClasses(styles.cell, fieldOfColumn(mapping, column) === 'ignore' && styles.ignored)}>
                    {preview(row[column] ?? '')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.problems} role="status" aria-live="polite">
        {problems.map((problem) => (
          <MessageBar key={problem.kind === 'twice' ? `twice-${problem.field}` : problem.kind} intent="warning">
            <MessageBarBody>
              {problem.kind === 'noText' ? t('tableImport.mapping.noText') : t('tableImport.mapping.twice', { field: t(`tableImport.mapping.fields.${problem.field}`) })}
            </MessageBarBody>
          </MessageBar>
        ))}
      </div>
    </>
  );
}

export interface ColumnMappingProps {
  workbook: SpreadsheetWorkbook;
  /** A saved mapping to start from; without one, the mapping is guessed from the first sheet. */
  initial?: ColumnMappingValue;
  /** How many rows below the header the preview shows. */
  previewRows?: number;
  onConfirm: (mapping: ColumnMappingValue) => void;
  onSaveMapping: (mapping: ColumnMappingValue) => void;
  onCancel: () => void;
}

export function ColumnMapping({ workbook, initial, previewRows = 8, onConfirm, onSaveMapping, onCancel }: ColumnMappingProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [mapping, setMapping] = useState(() => initialMapping(workbook, initial));
  const problems = mappingProblems(mapping);

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle as="h2">{t('tableImport.mapping.title')}</DialogTitle>
          <DialogContent>
            <p>{t('tableImport.mapping.intro')}</p>
            <ColumnMappingEditor workbook={workbook} mapping={mapping} onChange={setMapping} previewRows={previewRows} />
          </DialogContent>
          <DialogActions>
            <Button disabled={problems.length > 0} onClick={() => onSaveMapping(mapping)}>
              {t('tableImport.mapping.save')}
            </Button>
            <Button onClick={onCancel}>{t('tableImport.mapping.cancel')}</Button>
            <Button appearance="primary" disabled={problems.length > 0} onClick={() => onConfirm(mapping)}>
              {t('tableImport.mapping.confirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
