/**
 * The annexes of the plan: the standards the requirements refer to, the
 * glossary, and (for training) the guidance annex with the "why" of each
 * requirement taken from the library requirement its provenance names.
 * Lettered A, B, C in the order they are present.
 */
import { buyerTerm, usesBuyerTerm } from '../templates/buyer-term';
import { standardTitle } from '../templates/catalogues';
import { localeOf } from '../languages';
import type { TemplateLibrary } from '../templates/library';
import type { TemplateRequirement } from '../templates/model';
import { textIn } from '../text/localised';
import { columns, type PlanContext, textCell } from './plan-context';
import type { PlanBlock, PlanCell, PlanFigureUnit, PlanSection } from './plan-types';

interface Annex {
  title: string;
  blocks: PlanBlock[];
  figure: { unit: PlanFigureUnit; count: number } | null;
}

function standardsAnnex(context: PlanContext): Annex | null {
  const { t } = context;
  const ids: string[] = [];
  for (const { requirement } of context.numbering.inOrder) {
    for (const id of requirement.standards) if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length === 0) return null;
  const entries = new Map(context.catalogue.standards.map((entry) => [entry.id, entry]));
  const rows = ids.map((id): PlanCell[] => {
    const entry = entries.get(id);
    if (entry === undefined) {
      // Not in the catalogue: its id, and nothing where version, publisher and address would be.
      context.note({ code: 'annex.standardUnknown', category: 'empty', place: t('annexes.standards.title'), printed: '', values: { standard: id }, goTo: { step: 'requirements', itemId: id } });
      return [textCell(id), [], [], []];
    }
    // The name links to the standard; the address is printed as well, for readers of a printed copy.
    return [[{ kind: 'link', text: standardTitle(entry, context.language), url: entry.url }], textCell(entry.version ?? ''), textCell(entry.publisher), textCell(entry.url)];
  });
  return {
    title: t('annexes.standards.title'),
    blocks: [
      { kind: 'leadIn', text: t('annexes.standards.intro') },
      {
        kind: 'table',
        columns: columns([t('annexes.standards.columns.name'), 4], [t('annexes.standards.columns.version'), 2], [t('annexes.standards.columns.publisher'), 3], [t('annexes.standards.columns.address'), 5]),
        rows,
      },
    ],
    figure: { unit: 'standards', count: ids.length },
  };
}

/**
 * The library's defined term for the buyer (Beställaren, Kunden, the
 * Customer), when a requirement uses it and the buyer's own glossary does not
 * define it: the buyer's name when known, else the role.
 */
function buyerTermEntry(context: PlanContext, own: readonly { term: string }[]): { term: string; definition: string } | null {
  const { t, language } = context;
  const term = buyerTerm[language];
  if (own.some((entry) => entry.term.trim().toLocaleLowerCase() === term.toLocaleLowerCase())) return null;
  if (!context.numbering.inOrder.some(({ requirement }) => usesBuyerTerm(context.local(requirement.text), language))) return null;
  const buyer = context.spec.buyer.name.trim();
  return { term, definition: buyer === '' ? t('annexes.glossary.buyerTerm') : t('annexes.glossary.buyerTermNamed', { buyer }) };
}

function glossaryAnnex(context: PlanContext): Annex | null {
  const { t, language } = context;
  const collator = new Intl.Collator(localeOf[language]);
  const own = context.spec.glossary.filter((entry) => entry.language === undefined || entry.language === language);
  const defined = buyerTermEntry(context, own);
  const entries = [...own, ...(defined === null ? [] : [defined])].sort((a, b) => collator.compare(a.term, b.term));
  if (entries.length === 0) return null;
  return {
    title: t('annexes.glossary.title'),
    blocks: [
      {
        kind: 'table',
        columns: columns([t('annexes.glossary.columns.term'), 3], [t('annexes.glossary.columns.definition'), 8]),
        rows: entries.map((entry) => [textCell(entry.term, true), textCell(entry.definition)]),
      },
    ],
    figure: { unit: 'terms', count: entries.length },
  };
}

type LibraryIndex = Map<string, { packId: string; requirement: TemplateRequirement }[]>;

/** Library requirements by id, with the pack each comes from. */
function libraryIndex(library: TemplateLibrary | undefined): LibraryIndex {
  const index: LibraryIndex = new Map();
  if (library === undefined) return index;
  for (const pack of [...library.packs, ...library.modules]) {
    for (const requirement of pack.requirements) {
      const list = index.get(requirement.id) ?? [];
      list.push({ packId: pack.id, requirement });
      index.set(requirement.id, list);
    }
  }
  return index;
}

function guidanceAnnex(context: PlanContext): Annex | null {
  const { t, language, primary } = context;
  if (!context.choices.guidanceAnnex) return null;
  const index = libraryIndex(context.catalogue.library);
  const rows: PlanCell[][] = [];
  for (const { requirement, number } of context.numbering.inOrder) {
    const provenance = requirement.provenance;
    if (provenance === null) continue;
    const candidates = index.get(provenance.requirementId) ?? [];
    const source = candidates.find((candidate) => candidate.packId === provenance.packId) ?? candidates.find((candidate) => candidate.requirement.guidance !== undefined);
    const why = textIn(source?.requirement.guidance?.why, language, [primary]);
    if (why === '') continue;
    rows.push([textCell(number), textCell(requirement.id), textCell(why)]);
  }
  if (rows.length === 0) context.note({ code: 'annex.noGuidance', category: 'empty', place: t('annexes.guidance.title'), printed: t('annexes.guidance.none'), goTo: { step: 'review' } });
  const table: PlanBlock = {
    kind: 'table',
    columns: columns([t('annexes.guidance.columns.number'), 2], [t('annexes.guidance.columns.requirementId'), 3], [t('annexes.guidance.columns.why'), 9]),
    rows,
  };
  return {
    title: t('annexes.guidance.title'),
    blocks: [{ kind: 'text', text: t('annexes.guidance.intro') }, rows.length === 0 ? { kind: 'text', text: t('annexes.guidance.none') } : table],
    figure: null,
  };
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function annexSections(context: PlanContext): PlanSection[] {
  const present = [standardsAnnex(context), glossaryAnnex(context), guidanceAnnex(context)].filter((annex): annex is Annex => annex !== null);
  return present.map((annex, index) => ({
    kind: 'annex',
    level: 1,
    number: context.t('annexes.label', { letter: letters[index] ?? String(index + 1) }),
    title: annex.title,
    sectionId: null,
    figures: annex.figure === null ? [] : [annex.figure],
    blocks: annex.blocks,
    children: [],
  }));
}
