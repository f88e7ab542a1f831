/**
 * The annexes: the standards the requirements refer to, the glossary, and
 * (for training) the guidance annex with the "why" of each requirement taken
 * from the library requirement its provenance names. Lettered A, B, C in the
 * order they are present.
 */
import type { FileChild } from 'docx';
import type { TemplateRequirement } from '../../../shared/templates/model';
import type { TemplateLibrary } from '../../../shared/templates/library';
import { body, heading, leadIn } from './blocks';
import type { DocumentContext } from './context';
import { localeOf } from '../../../shared/languages';
import { textIn } from '../../../shared/text/localised';
import { type CellContent, cellLink, dataTable, textCell } from './tables';

interface Annex {
  title: string;
  content: FileChild[];
}

function standardsAnnex(context: DocumentContext): Annex | null {
  const { t } = context;
  const ids: string[] = [];
  for (const { requirement } of context.numbering.inOrder) {
    for (const id of requirement.standards) if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length === 0) return null;
  const entries = new Map(context.input.standards.map((entry) => [entry.id, entry]));
  const notStated = t('common.notStated');
  const rows = ids.map((id): CellContent[] => {
    const entry = entries.get(id);
    if (entry === undefined) return [textCell(id), textCell(notStated), textCell(notStated), textCell(notStated)];
    // The name links to the standard; the address is printed as well, for readers of a printed copy.
    return [[cellLink(entry.name, entry.url)], textCell(entry.version ?? notStated), textCell(entry.publisher), textCell(entry.url)];
  });
  return {
    title: t('annexes.standards.title'),
    content: [
      leadIn(t('annexes.standards.intro')),
      dataTable(
        [
          { header: t('annexes.standards.columns.name'), share: 4 },
          { header: t('annexes.standards.columns.version'), share: 2 },
          { header: t('annexes.standards.columns.publisher'), share: 3 },
          { header: t('annexes.standards.columns.address'), share: 5 },
        ],
        rows,
      ),
    ],
  };
}

function glossaryAnnex(context: DocumentContext): Annex | null {
  const { t, language } = context;
  const collator = new Intl.Collator(localeOf[language]);
  const entries = context.spec.glossary.filter((entry) => entry.language === undefined || entry.language === language).sort((a, b) => collator.compare(a.term, b.term));
  if (entries.length === 0) return null;
  return {
    title: t('annexes.glossary.title'),
    content: [
      dataTable(
        [
          { header: t('annexes.glossary.columns.term'), share: 3 },
          { header: t('annexes.glossary.columns.definition'), share: 8 },
        ],
        entries.map((entry) => [textCell(entry.term, { bold: true }), textCell(entry.definition)]),
      ),
    ],
  };
}

/** Library requirements by id, those of the named pack first. */
function libraryIndex(library: TemplateLibrary): Map<string, { packId: string; requirement: TemplateRequirement }[]> {
  const index = new Map<string, { packId: string; requirement: TemplateRequirement }[]>();
  for (const pack of [...library.packs, ...library.modules]) {
    for (const requirement of pack.requirements) {
      const list = index.get(requirement.id) ?? [];
      list.push({ packId: pack.id, requirement });
      index.set(requirement.id, list);
    }
  }
  return index;
}

function guidanceAnnex(context: DocumentContext): Annex | null {
  const { t, language, primary } = context;
  if (!context.options.guidanceAnnex) return null;
  const index = context.input.library === undefined ? new Map<string, { packId: string; requirement: TemplateRequirement }[]>() : libraryIndex(context.input.library);
  const rows: CellContent[][] = [];
  for (const { requirement, number } of context.numbering.inOrder) {
    const provenance = requirement.provenance;
    if (provenance === null) continue;
    const candidates = index.get(provenance.requirementId) ?? [];
    const source = candidates.find((candidate) => candidate.packId === provenance.packId) ?? candidates.find((candidate) => candidate.requirement.guidance !== undefined);
    const why = textIn(source?.requirement.guidance?.why, language, [primary]);
    if (why === '') continue;
    rows.push([textCell(number), textCell(requirement.id), textCell(why)]);
  }
  return {
    title: t('annexes.guidance.title'),
    content: [
      ...body(t('annexes.guidance.intro')),
      ...(rows.length === 0
        ? body(t('annexes.guidance.none'))
        : [
            dataTable(
              [
                { header: t('annexes.guidance.columns.number'), share: 2 },
                { header: t('annexes.guidance.columns.requirementId'), share: 3 },
                { header: t('annexes.guidance.columns.why'), share: 9 },
              ],
              rows,
            ),
          ]),
    ],
  };
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function annexes(context: DocumentContext): FileChild[] {
  const present = [standardsAnnex(context), glossaryAnnex(context), guidanceAnnex(context)].filter((annex): annex is Annex => annex !== null);
  return present.flatMap((annex, index) => [
    heading(1, context.t('annexes.label', { letter: letters[index] ?? String(index + 1) }), annex.title, { pageBreakBefore: true }),
    ...annex.content,
  ]);
}
