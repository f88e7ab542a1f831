/**
 * The import report in words, in one of the app's languages: the counts with
 * their plurals and the language's numbers, the recognised tables, and every
 * notice with its place. The CLI prints it, the app's dialog shows it, and
 * the revision note beside the document (Markdown) is written from it.
 */
import { formatExportDate } from '../format/dates';
import { formatNumber } from '../format/numbers';
import { catalogues, lookup } from '../i18n/catalogues';
import { localeOf, type UiLanguage } from '../languages';
import type { Obligation } from '../specification/model';
import type { ImportNotice, ImportPlace, ImportReport, RecognisedTable } from './report';
import { replaceActingCharacters } from '../text/control-characters';

const obligations: readonly Obligation[] = ['mandatory', 'evaluated', 'minimum-and-evaluated'];

const pluralRules = new Map<UiLanguage, Intl.PluralRules>();

function pluralOf(count: number, language: UiLanguage): string {
  let rules = pluralRules.get(language);
  if (rules === undefined) {
    rules = new Intl.PluralRules(localeOf[language]);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/** A text of the import catalogue ("import.<key>"). */
export function importText(language: UiLanguage, key: string, values: Record<string, string | number> = {}): string {
  return lookup(catalogues[language], `import.${key}`, values);
}

/** A counted text ("import.<key>_one|_other") with the count written in the language: "1 250 krav". */
export function countText(language: UiLanguage, key: string, count: number): string {
  const form = pluralOf(count, language);
  const formatted = formatNumber(count, language, 0);
  const text = importText(language, `${key}_${form}`, { formatted, count });
  return text === `import.${key}_${form}` ? importText(language, `${key}_other`, { formatted, count }) : text;
}

export function obligationName(language: UiLanguage, obligation: Obligation): string {
  return importText(language, `obligation.${obligation}`);
}

/** Where a notice points, in the language: "tabell 7, rad 4"; the source's own English place when it gave no structured one. */
export function placeText(language: UiLanguage, at: ImportPlace | undefined, fallback: string): string {
  if (at === undefined) return fallback;
  switch (at.kind) {
    case 'table':
      return importText(language, 'place.table', { table: formatNumber(at.table, language, 0) });
    case 'table-row':
      return importText(language, 'place.table-row', { table: formatNumber(at.table, language, 0), row: formatNumber(at.row, language, 0) });
    case 'section':
      return importText(language, 'place.section', { title: at.title });
    case 'row':
      return importText(language, 'place.row', { row: formatNumber(at.row, language, 0) });
    case 'sheet-row':
      return at.name === undefined
        ? importText(language, 'place.sheet-row', { sheet: formatNumber(at.sheet, language, 0), row: formatNumber(at.row, language, 0) })
        : importText(language, 'place.sheet-row-named', { name: at.name, row: formatNumber(at.row, language, 0) });
  }
}

/** What a notice says, in the language; its English reason when it has no code. */
export function noticeText(language: UiLanguage, notice: ImportNotice): string {
  if (notice.code === undefined) return notice.reason;
  const values = { ...notice.values };
  const taken = values['taken'];
  if (taken === 'mandatory' || taken === 'evaluated' || taken === 'minimum-and-evaluated') values['taken'] = obligationName(language, taken);
  return importText(language, `notice.${notice.code}`, values);
}

/** A recognised table's place: "tabell 3", or a sheet's name. */
export function tablePlaceText(language: UiLanguage, source: ImportReport['source'], table: RecognisedTable): string {
  if (source === 'spreadsheet' && table.name !== undefined) return importText(language, 'sheetNamed', { name: table.name });
  return importText(language, 'place.table', { table: formatNumber(table.table, language, 0) });
}

/** A column's letters as a spreadsheet names it: 0 → "A", 26 → "AA". */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** How a spreadsheet's columns were mapped, one line each: "B “Krav” → kravtext". Empty for a Word import. */
export function columnMappingLines(language: UiLanguage, report: ImportReport): string[] {
  return (report.columns ?? []).map((entry) =>
    importText(language, 'columnMapped', { column: columnLetters(entry.column), header: entry.header.replace(/\s+/g, ' ').trim(), field: importText(language, `field.${entry.field}`) }),
  );
}

/** The requirements by obligation, the obligations that have any: "ska-krav 30, bör-krav 8". */
export function byObligationText(language: UiLanguage, report: ImportReport): string {
  return obligations
    .filter((obligation) => (report.byObligation[obligation] ?? 0) > 0)
    .map((obligation) => `${obligationName(language, obligation)} ${formatNumber(report.byObligation[obligation] ?? 0, language, 0)}`)
    .join(', ');
}

/** The counts, one line each, as a reader scans them. */
export function summaryLines(language: UiLanguage, report: ImportReport): string[] {
  const sections = countText(language, 'sections', report.sections);
  const lines = [report.proseSections > 0 ? `${sections} (${countText(language, 'proseSections', report.proseSections)})` : sections];
  const byObligation = byObligationText(language, report);
  lines.push(byObligation === '' ? countText(language, 'requirements', report.requirements) : `${countText(language, 'requirements', report.requirements)}: ${byObligation}`);
  if (report.source === 'word' && report.requirements > 0) {
    lines.push(
      importText(language, 'from', {
        tables: formatNumber(report.fromTables, language, 0),
        paragraphs: formatNumber(report.fromNumberedParagraphs, language, 0),
        answerRules: formatNumber(report.fromAnswerRules, language, 0),
      }),
    );
  }
  if (report.source === 'word') lines.push(countText(language, 'proseParagraphs', report.proseParagraphs));
  if (report.rowsRead !== undefined) lines.push(countText(language, 'rowsRead', report.rowsRead));
  lines.push(countText(language, 'withFixedNumber', report.withFixedNumber));
  lines.push(countText(language, 'responseInstructions', report.responseInstructions));
  if (report.source === 'word') lines.push(countText(language, 'crossReferences', report.crossReferences));
  if (report.source === 'word') lines.push(countText(language, 'tablesAsProse', report.tablesAsProse));
  lines.push(countText(language, 'notices', report.notices.length));
  return lines;
}

/** One line per notice, for a terminal: "tabell 7, rad 4: En rad utan kravtext: inte importerad. «…»". */
export function noticeLines(language: UiLanguage, report: ImportReport): string[] {
  return report.notices.map((notice) => {
    const text = notice.text.replace(/\s+/g, ' ').trim();
    return `${placeText(language, notice.at, notice.place)}: ${noticeText(language, notice)}${text === '' ? '' : ` “${text}”`}`;
  });
}

/** The report for a terminal: counts, tables with their headers, and every notice with its place. */
export function importReportPlainText(language: UiLanguage, report: ImportReport): string {
  const out = [importText(language, 'reportTitle'), '', `${importText(language, 'recognisedHeading')}:`, ...summaryLines(language, report).map((line) => `  ${line}`), ''];
  out.push(`${importText(language, 'tablesHeading')}:`);
  if (report.requirementTables.length === 0) out.push(`  ${importText(language, 'tablesNone')}`);
  for (const table of report.requirementTables) {
    out.push(`  ${tablePlaceText(language, report.source, table)}: ${table.header.map((cell) => cell.replace(/\s+/g, ' ')).join(' | ')} (${countText(language, 'requirements', table.requirements)})`);
  }
  const mapped = columnMappingLines(language, report);
  if (mapped.length > 0) out.push('', `${importText(language, 'columnsHeading')}:`, ...mapped.map((line) => `  ${line}`));
  out.push('', `${importText(language, 'noticesHeading')}:`);
  if (report.notices.length === 0) out.push(`  ${importText(language, 'noticesNone')}`);
  for (const line of noticeLines(language, report)) out.push(`  ${line}`);
  return `${out.join('\n')}\n`;
}

/** Text from the source as literal Markdown: nothing in it becomes markup, a link, HTML, a table cell break or a terminal escape. */
export function markdownLiteral(text: string): string {
  // Control characters and bidirectional overrides would act in a terminal or an editor showing the note.
  return replaceActingCharacters(text, () => '\ufffd', { keepTabAndLineFeed: true })
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]|<>~&]/g, (character) => `\\${character}`);
}

export interface RevisionNoteOptions {
  /** The language of the document (the note is read with it). */
  language: UiLanguage;
  /** The source file's name, without its folder. */
  sourceName: string;
  title: string;
  importedAt: Date;
}

/** The revision note kept beside the imported document: readable Markdown in the document's language. */
export function importReportMarkdown(report: ImportReport, options: RevisionNoteOptions): string {
  const { language } = options;
  const out = [
    `# ${markdownLiteral(importText(language, 'noteTitle', { title: options.title }))}`,
    '',
    importText(language, 'noteImported', {
      file: markdownLiteral(options.sourceName),
      date: formatExportDate(options.importedAt, language),
      source: importText(language, `source.${report.source}`),
    }),
    '',
    `## ${importText(language, 'recognisedHeading')}`,
    '',
    ...summaryLines(language, report).map((line) => `- ${markdownLiteral(line)}`),
    '',
    `## ${importText(language, 'tablesHeading')}`,
    '',
  ];
  if (report.requirementTables.length === 0) out.push(importText(language, 'tablesNone'));
  else {
    out.push(`| ${importText(language, 'tableColumn')} | ${importText(language, 'headerColumn')} | ${importText(language, 'requirementsColumn')} |`, '| --- | --- | ---: |');
    for (const table of report.requirementTables) {
      out.push(`| ${markdownLiteral(tablePlaceText(language, report.source, table))} | ${table.header.map(markdownLiteral).join(' · ')} | ${formatNumber(table.requirements, language, 0)} |`);
    }
  }
  const mapped = columnMappingLines(language, report);
  if (mapped.length > 0) out.push('', `## ${importText(language, 'columnsHeading')}`, '', ...mapped.map((line) => `- ${markdownLiteral(line)}`));
  out.push('', `## ${importText(language, 'noticesHeading')} (${formatNumber(report.notices.length, language, 0)})`, '');
  if (report.notices.length === 0) out.push(importText(language, 'noticesNone'));
  for (const notice of report.notices) {
    const text = markdownLiteral(notice.text);
    out.push(`- **${markdownLiteral(placeText(language, notice.at, notice.place))}**: ${markdownLiteral(noticeText(language, notice))}${text === '' ? '' : ` “${text}”`}`);
  }
  return `${out.join('\n')}\n`;
}

/** The name of the revision note beside a document: "Avtal.kravspec" → "Avtal.import-report.md". */
export function revisionNoteName(documentFileName: string): string {
  const dot = documentFileName.lastIndexOf('.');
  return `${dot > 0 ? documentFileName.slice(0, dot) : documentFileName}.import-report.md`;
}

/** The line added to the document's own change history. */
export function importRevisionSummary(language: UiLanguage, report: ImportReport, sourceName: string, noteName: string): string {
  return importText(language, 'noteRevision', {
    file: sourceName,
    requirements: countText(language, 'requirements', report.requirements),
    notices: countText(language, 'notices', report.notices.length),
    note: noteName,
  });
}
