/**
 * From the blocks of a Word document to a specification: headings become
 * sections (their levels kept), prose between requirements becomes the
 * section's intro, and requirements are recognised in three forms real
 * specifications use — requirement tables (by their header row), numbered
 * paragraphs with a binding verb, and questions followed by an answer rule
 * ("Ja krävs", "obligatoriskt svar"). Whatever is not understood is listed
 * in the report with its place, never dropped silently.
 */
import type { DocumentLanguage, Obligation, Requirement, Section } from '../../specification/model';
import { assignRequirementIds, buyersNumber as cleanNumber } from '../requirement-numbers';
import { newRequirementFields } from '../../specification/create';
import type { WordBlock, WordParagraph, WordRow, WordTable } from './body';
import type { WordImportNotice, WordImportReport, RecognisedTable } from './report';
import { escapeLine, paragraphLines, plainText, richTextOf } from './rich-text';
import { answerRule, columnRole, hasBindingVerb, normaliseLabel, obligationFromCell, obligationFromWording, referenceLead, type ColumnRole } from './vocabulary';

export interface RecognisedDocument {
  title: string;
  sections: Section[];
  requirements: Requirement[];
  report: WordImportReport;
}

interface DraftRequirement {
  id: string;
  sectionId: string;
  fixedNumber: string | null;
  title: string | null;
  text: string;
  instruction: string[];
  obligation: Obligation;
  source: 'table' | 'paragraph' | 'answer-rule';
}

interface DraftSection {
  id: string;
  parentId: string | null;
  level: number;
  title: string;
  prose: string[];
}

/** The title of the section that holds what comes before the first heading, in the document's language. */
const frontMatterTitle: Record<DocumentLanguage, string> = {
  sv: 'Om dokumentet',
  nb: 'Om dokumentet',
  en: 'About this document',
};

/** A sentence the list items below complete: "The System must:", "Løsningen skal:", "Leverantören ska kunna:". */
const leadInVerb = /(?<![\p{L}])(shall|must|ska|skall|skal|should|bör|bør)(\s+(also|be able to|kunna|kunne|også|även))?\s*:$/iu;

const manualHeadingNumber = /^\s*(\d+(\.\d+)*\.?|[IVX]+\.)\s*(?=\p{L})/u;
const manualParagraphNumber = /^\s*((\d+(\.\d+)+)|([A-ZÆØÅÄÖ]{1,4}-?\d+(\.\d+)*)|(\d+[.)])|([a-z][.)]))\s+/u;

/** The grid column each cell of a row starts at. */
function gridColumns(row: WordRow): number[] {
  const columns: number[] = [];
  let column = 0;
  for (const cell of row.cells) {
    columns.push(column);
    column += cell.span;
  }
  return columns;
}

interface TableLayout {
  headerRow: number;
  roles: Map<number, ColumnRole>;
  header: string[];
}

/** The header of a requirement table, looked for in its first two rows; null when the table is something else. */
function requirementTableLayout(table: WordTable): TableLayout | null {
  for (let index = 0; index < Math.min(2, table.rows.length); index += 1) {
    const row = table.rows[index];
    if (row === undefined || row.cells.length < 2) continue;
    const header = row.cells.map((cell) => plainText(cell.blocks).replace(/\s+/g, ' '));
    const columns = gridColumns(row);
    const roles = new Map<number, ColumnRole>();
    header.forEach((label, cell) => roles.set(columns[cell] ?? cell, columnRole(label)));
    const has = (role: ColumnRole): boolean => [...roles.values()].includes(role);
    const textColumns = [...roles.values()].filter((role) => role === 'text').length;
    if (!has('text') || textColumns !== 1) continue;
    if (has('number')) return { headerRow: index, roles, header };
    // Without a number column, the obligation column must show obligations: "Type" over "int", "string" is a data table.
    const obligationColumn = [...roles.entries()].find(([, role]) => role === 'obligation')?.[0];
    if (obligationColumn === undefined) continue;
    const values = table.rows.slice(index + 1).flatMap((body) => {
      const cell = body.cells[gridColumns(body).indexOf(obligationColumn)];
      const text = cell === undefined ? '' : plainText(cell.blocks);
      return text === '' ? [] : [text];
    });
    const understood = values.filter((value) => obligationFromCell(value) !== null).length;
    if (values.length > 0 && understood * 2 >= values.length) return { headerRow: index, roles, header };
  }
  return null;
}

export interface RecogniseOptions {
  language: DocumentLanguage;
  /** Used when the document names no title of its own. */
  fallbackTitle: string;
}

/** Recognises sections, prose and requirements in a Word document's blocks. */
export function recogniseWordDocument(blocks: readonly WordBlock[], options: RecogniseOptions): RecognisedDocument {
  const sections: DraftSection[] = [];
  const requirements: DraftRequirement[] = [];
  const notices: WordImportNotice[] = [];
  const requirementTables: RecognisedTable[] = [];
  let title: string | null = null;
  let tableCount = 0;
  let tablesAsProse = 0;
  let proseParagraphs = 0;

  const stack: DraftSection[] = [];
  let current: DraftSection | null = null;
  /** Prose paragraphs not yet written into a section: kept so that a following answer rule can take the last one as its question. */
  let pending: WordParagraph[] = [];
  /** The last requirement, while nothing has come after it: an answer rule or an instruction row adds to it. */
  let lastRequirement: DraftRequirement | null = null;
  /** The obligation of a short lead-in ("The System must:") whose list items are requirements. */
  let leadIn: Obligation | null = null;

  const section = (): DraftSection => {
    if (current === null) {
      current = { id: `section-${sections.length + 1}`, parentId: null, level: 99, title: frontMatterTitle[options.language], prose: [] };
      sections.push(current);
      stack.push(current);
    }
    return current;
  };

  const flushProse = (): void => {
    if (pending.length === 0) return;
    const text = richTextOf(pending);
    proseParagraphs += pending.length;
    pending = [];
    if (text !== '') section().prose.push(text);
  };

  const addRequirement = (draft: Omit<DraftRequirement, 'id' | 'sectionId'>): DraftRequirement => {
    flushProse();
    const requirement: DraftRequirement = { ...draft, id: '', sectionId: section().id };
    requirements.push(requirement);
    lastRequirement = requirement;
    return requirement;
  };

  const startSection = (level: number, heading: string): void => {
    flushProse();
    lastRequirement = null;
    leadIn = null;
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
    const parent = stack.at(-1) ?? null;
    current = { id: `section-${sections.length + 1}`, parentId: parent?.id ?? null, level, title: heading, prose: [] };
    sections.push(current);
    stack.push(current);
  };

  const synthetic = (text: string): WordParagraph => ({ kind: 'paragraph', headingLevel: null, isTitle: false, isTableOfContents: false, list: null, runs: [{ text, bold: false, italic: false }], text });

  const applyAnswerRule = (line: string): void => {
    let target = lastRequirement;
    if (target === null) {
      const question = pending.pop();
      if (question === undefined) {
        notices.push({ place: `section "${section().title}"`, at: { kind: 'section', title: section().title.slice(0, 500) }, code: 'answer-rule-without-question', reason: 'An answer rule follows no question; kept as prose.', text: line.slice(0, 200) });
        pending.push(synthetic(line));
        return;
      }
      const fixedNumber = question.list?.ordered === true ? cleanNumber(question.list.label) : null;
      target = addRequirement({ fixedNumber, title: null, text: richTextOf([{ ...question, list: null }]), instruction: [], obligation: 'mandatory', source: 'answer-rule' });
    }
    target.instruction.push(escapeLine(line));
    const rules = target.instruction.map((text) => answerRule(text.replace(/\\/g, '')));
    const requiresYes = rules.some((found) => found?.requiresYes === true);
    const scored = rules.some((found) => found?.scored === true);
    target.obligation = requiresYes && scored ? 'minimum-and-evaluated' : scored ? 'evaluated' : target.source === 'answer-rule' ? 'mandatory' : target.obligation;
  };

  const readParagraph = (paragraph: WordParagraph): void => {
    const lines = paragraphLines(paragraph);
    if (lines.length === 0) return;
    if (paragraph.list === null && lines.some((line) => answerRule(line) !== null)) {
      for (const line of lines) {
        const rule = answerRule(line);
        if (rule === null) {
          lastRequirement = null;
          pending.push(synthetic(line));
        } else applyAnswerRule(line);
      }
      return;
    }
    const text = lines.join(' ');
    if (paragraph.list !== null && leadIn !== null) {
      addRequirement({ fixedNumber: paragraph.list.ordered ? cleanNumber(paragraph.list.label) : null, title: null, text: richTextOf([{ ...paragraph, list: null }]), instruction: [], obligation: obligationFromWording(text) ?? leadIn, source: 'paragraph' });
      return;
    }
    const manual = paragraph.list === null ? manualParagraphNumber.exec(text) : null;
    const numbered = paragraph.list?.ordered === true || manual !== null;
    if (numbered && hasBindingVerb(text)) {
      // A dotted or prefixed number ("7.2.4", "K3") is the buyer's requirement number; a letter or a
      // plain "2." typed before the text is a list label that repeats, and stays part of the text.
      const buyersNumber = manual !== null && (manual[2] !== undefined || manual[4] !== undefined);
      const label = paragraph.list?.ordered === true ? paragraph.list.label : buyersNumber ? (manual[1] ?? '') : '';
      const body = buyersNumber ? { ...paragraph, text: paragraph.text.replace(manualParagraphNumber, '') } : paragraph;
      addRequirement({ fixedNumber: cleanNumber(label), title: null, text: richTextOf([{ ...body, list: null }]), instruction: [], obligation: obligationFromWording(text) ?? 'mandatory', source: 'paragraph' });
      leadIn = null;
      return;
    }
    lastRequirement = null;
    leadIn = paragraph.list === null ? (leadInVerb.test(text) ? obligationFromWording(text) : null) : leadIn;
    pending.push(paragraph);
  };

  const readRequirementTable = (table: WordTable, layout: TableLayout, tableNumber: number): void => {
    flushProse();
    let count = 0;
    const columnOf = (role: ColumnRole): number | null => {
      for (const [column, found] of layout.roles) if (found === role) return column;
      return null;
    };
    const textColumn = columnOf('text');
    const numberColumn = columnOf('number');
    const obligationColumn = columnOf('obligation');
    const instructionColumn = columnOf('instruction');
    const titleColumn = columnOf('title');
    table.rows.forEach((row, rowIndex) => {
      if (rowIndex <= layout.headerRow) return;
      const place = `table ${tableNumber}, row ${rowIndex + 1}`;
      const at = { kind: 'table-row', table: tableNumber, row: rowIndex + 1 } as const;
      const columns = gridColumns(row);
      const cellAt = (column: number | null): WordBlock[] => {
        if (column === null) return [];
        const index = columns.indexOf(column);
        return index === -1 ? [] : (row.cells[index]?.blocks ?? []);
      };
      const header = row.cells.map((cell) => normaliseLabel(plainText(cell.blocks)));
      if (header.join('|') === layout.header.map(normaliseLabel).join('|')) return;
      if (row.cells.length === 1) {
        const text = richTextOf(row.cells[0]?.blocks ?? []);
        if (text !== '') {
          section().prose.push(text);
          notices.push({ place, at, code: 'row-across-table', reason: 'A row across the whole table, read as prose of the section.', text: plainText(row.cells[0]?.blocks ?? []).slice(0, 200) });
        }
        return;
      }
      const textBlocks = cellAt(textColumn);
      const text = richTextOf(textBlocks);
      const instruction = richTextOf(cellAt(instructionColumn));
      const numberBlocks = cellAt(numberColumn);
      const numberText = plainText(numberBlocks);
      const listed = numberBlocks.find((block): block is WordParagraph => block.kind === 'paragraph' && block.list?.ordered === true);
      const label = numberText !== '' ? numberText : (listed?.list?.label ?? '');
      const obligationText = plainText(cellAt(obligationColumn));
      if (text === '') {
        if (instruction !== '' && lastRequirement !== null) {
          lastRequirement.instruction.push(instruction);
          notices.push({ place, at, code: 'instruction-only-row', reason: 'A row with only a response instruction: added to the requirement above.', text: plainText(cellAt(instructionColumn)).slice(0, 200) });
        } else if (row.cells.some((cell) => plainText(cell.blocks) !== '')) {
          notices.push({ place, at, code: 'row-without-text', reason: 'A row without requirement text: not imported.', text: row.cells.map((cell) => plainText(cell.blocks)).join(' | ').slice(0, 200) });
        }
        return;
      }
      let obligation = obligationText === '' ? null : obligationFromCell(obligationText);
      if (obligation === null) {
        const fromWording = obligationFromWording(plainText(textBlocks));
        if (obligationColumn !== null) {
          const taken = fromWording ?? 'mandatory';
          notices.push({
            place,
            at,
            ...(obligationText === '' ? { code: 'no-obligation', values: { taken } } : { code: 'unknown-obligation', values: { taken, obligation: obligationText.slice(0, 200) } }),
            reason: obligationText === '' ? `No obligation given; taken as ${fromWording ?? 'mandatory'}.` : `The obligation "${obligationText.slice(0, 200)}" is not one we know; taken as ${fromWording ?? 'mandatory'}.`, text: plainText(textBlocks).slice(0, 200) });
        }
        obligation = fromWording ?? 'mandatory';
      }
      const fixedNumber = label === '' ? null : cleanNumber(label);
      if (label !== '' && fixedNumber === null) notices.push({ place, at, code: 'number-not-kept', values: { number: label.slice(0, 200) }, reason: `The number "${label}" cannot be kept as a requirement number (1–20 letters, digits, ".", "-", "/").`, text: plainText(textBlocks).slice(0, 200) });
      const titleText = plainText(cellAt(titleColumn)).replace(/\s+/g, ' ');
      addRequirement({ fixedNumber, title: titleText === '' ? null : titleText, text, instruction: instruction === '' ? [] : [instruction], obligation, source: 'table' });
      count += 1;
    });
    requirementTables.push({ table: tableNumber, header: layout.header, requirements: count });
    lastRequirement = null;
  };

  const readOtherTable = (table: WordTable, tableNumber: number): void => {
    tablesAsProse += 1;
    lastRequirement = null;
    const frame = table.rows.every((row) => row.cells.length <= 1);
    if (frame) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          for (const block of cell.blocks) {
            if (block.kind === 'paragraph') readParagraph(block);
            else readOtherTable(block, tableNumber);
          }
        }
      }
      return;
    }
    flushProse();
    const text = richTextOf([table]);
    if (text !== '') section().prose.push(text);
    const first = table.rows[0]?.cells.map((cell) => plainText(cell.blocks).replace(/\s+/g, ' ')).join(' | ') ?? '';
    notices.push({ place: `table ${tableNumber}`, at: { kind: 'table', table: tableNumber }, code: 'not-requirement-table', reason: 'Not a requirement table (no requirement column with a number or obligation column); kept as prose, one paragraph per row.', text: first.slice(0, 200) });
  };

  const firstHeading = blocks.findIndex((block) => block.kind === 'paragraph' && block.headingLevel !== null && !block.isTableOfContents);
  const front = firstHeading === -1 ? blocks : blocks.slice(0, firstHeading);
  const titleBlock =
    front.find((block) => block.kind === 'paragraph' && block.isTitle && paragraphLines(block).length > 0) ??
    front.find((block) => block.kind === 'paragraph' && !block.isTableOfContents && block.list === null && paragraphLines(block).length > 0);
  if (titleBlock?.kind === 'paragraph') title = paragraphLines(titleBlock).join(' ');

  for (const block of blocks) {
    if (block === titleBlock) continue;
    if (block.kind === 'table') {
      tableCount += 1;
      const layout = requirementTableLayout(block);
      if (layout === null) readOtherTable(block, tableCount);
      else readRequirementTable(block, layout, tableCount);
      continue;
    }
    if (block.isTableOfContents) continue;
    const lines = paragraphLines(block);
    if (lines.length === 0) continue;
    if (block.headingLevel !== null) {
      const [first = '', ...rest] = lines;
      startSection(block.headingLevel, first.replace(manualHeadingNumber, '').trim() || first);
      for (const line of rest) readParagraph(synthetic(line));
      continue;
    }
    readParagraph(block);
  }
  flushProse();

  assignRequirementIds(requirements);
  const references = linkCrossReferences(requirements, sections);
  const finalSections = sections.map((draft): Section => {
    const siblings = sections.filter((other) => other.parentId === draft.parentId);
    const own = requirements.filter((requirement) => requirement.sectionId === draft.id);
    const numbers = own.map((requirement) => requirement.fixedNumber);
    const fixed = own.length > 0 && numbers.every((number) => number !== null) && new Set(numbers).size === numbers.length;
    return {
      id: draft.id,
      parentId: draft.parentId,
      order: siblings.indexOf(draft),
      title: { [options.language]: draft.title },
      ...(draft.prose.length === 0 ? {} : { intro: { [options.language]: draft.prose.join('\n\n') } }),
      ...(fixed ? { numbering: { scheme: 'fixed' as const } } : {}),
    };
  });
  const finalRequirements = requirements.map((draft): Requirement => {
    const order = requirements.filter((other) => other.sectionId === draft.sectionId).indexOf(draft);
    const instruction = draft.instruction.join('\n\n');
    return {
      id: draft.id,
      sectionId: draft.sectionId,
      order,
      ...(draft.title === null ? {} : { title: { [options.language]: draft.title } }),
      ...(draft.fixedNumber === null ? {} : { fixedNumber: draft.fixedNumber }),
      text: { [options.language]: draft.text },
      ...(instruction === '' ? {} : { responseInstruction: { [options.language]: instruction } }),
      obligation: draft.obligation,
      answerType: instruction !== '' || draft.obligation !== 'mandatory' ? { kind: 'text' } : { kind: 'confirmation' },
      ...newRequirementFields(),
    };
  });
  const byObligation: Record<Obligation, number> = { mandatory: 0, evaluated: 0, 'minimum-and-evaluated': 0 };
  for (const requirement of finalRequirements) byObligation[requirement.obligation] += 1;
  const withRequirements = new Set(finalRequirements.map((requirement) => requirement.sectionId));
  return {
    title: title ?? options.fallbackTitle,
    sections: finalSections,
    requirements: finalRequirements,
    report: {
      source: 'word',
      sections: finalSections.length,
      proseSections: finalSections.filter((found) => found.intro !== undefined && !withRequirements.has(found.id)).length,
      proseParagraphs,
      requirements: finalRequirements.length,
      byObligation,
      fromTables: requirements.filter((requirement) => requirement.source === 'table').length,
      fromNumberedParagraphs: requirements.filter((requirement) => requirement.source === 'paragraph').length,
      fromAnswerRules: requirements.filter((requirement) => requirement.source === 'answer-rule').length,
      withFixedNumber: requirements.filter((requirement) => requirement.fixedNumber !== null).length,
      responseInstructions: finalRequirements.filter((requirement) => requirement.responseInstruction !== undefined).length,
      crossReferences: references,
      requirementTables,
      tablesAsProse,
      notices,
    },
  };
}

/**
 * "see K1", "jf. F3", "i lys av K1": a requirement number written in a text
 * becomes a cross-reference to that requirement (which always prints its
 * current number) where exactly one requirement has that number. A number
 * with letters (K1, F12) is linked wherever it stands; a plain or dotted
 * number ("1.11") only after a word that leads to a reference. Returns how
 * many references were made.
 */
function linkCrossReferences(requirements: DraftRequirement[], sections: DraftSection[]): number {
  const byNumber = new Map<string, string | null>();
  for (const requirement of requirements) {
    if (requirement.fixedNumber === null) continue;
    byNumber.set(requirement.fixedNumber, byNumber.has(requirement.fixedNumber) ? null : requirement.id);
  }
  let count = 0;
  const token = /(?<![\p{L}\p{N}\\[.-])([\p{L}]{0,4}-?\d+(?:\.\d+)*)(?![\p{L}\p{N}]|\.\d|\]\(ref:)/gu;
  const link = (text: string, selfId: string | null): string =>
    text.replace(token, (match: string, number: string, offset: number) => {
      const target = byNumber.get(number);
      if (target === undefined || target === null || target === selfId) return match;
      const hasLetter = /\p{L}/u.test(number);
      if (!hasLetter && !referenceLead.test(text.slice(Math.max(0, offset - 30), offset))) return match;
      count += 1;
      return `[${number}](ref:${target})`;
    });
  for (const requirement of requirements) {
    requirement.text = link(requirement.text, requirement.id);
    requirement.instruction = requirement.instruction.map((text) => link(text, requirement.id));
  }
  for (const draft of sections) draft.prose = draft.prose.map((text) => link(text, null));
  return count;
}
