/**
 * The outline of the tender document an export would produce, for the Review
 * step's preview: the document type in the jurisdiction's words, the fixed
 * opening chapters, the requirement chapters with the numbers the exporter
 * gives them (3, 3.1, 3.2 …) and how many requirements each holds, the
 * qualification and contract chapters, the evaluation and the annexes.
 * Headings are in the document language, as in the exported file. Pure.
 */
import { catalogues, lookup } from '../i18n/catalogues';
import type { DocumentLanguage, LocalisedText, Requirement, Specification } from '../specification/model';
import { textIn } from '../text/localised';
import { numberAsExported, type NumberedSection, type RoleChapter } from '../specification/numbering';

export interface RequirementCounts {
  total: number;
  mandatory: number;
  evaluated: number;
}

/** What an entry's figure counts, besides requirements (needs, goals, dialogue meetings, criteria, standards, terms). */
export type OutlineUnit = 'needs' | 'goals' | 'meetings' | 'criteria' | 'standards' | 'terms';

export type OutlineKind = 'introduction' | 'needs' | 'marketDialogue' | 'section' | 'qualification' | 'contract' | 'evaluation' | 'annex';

export interface OutlineEntry {
  kind: OutlineKind;
  /** The number printed before the heading: "1", "5.2", "Bilaga A". */
  number: string;
  /** The heading in the document language. */
  title: string;
  /** Requirements in this entry and every entry below it; null for chapters that hold none. */
  requirements: RequirementCounts | null;
  /** Other things the entry lists, such as the needs and goals of chapter 2. */
  figures: { unit: OutlineUnit; count: number }[];
  /** The section behind a requirement entry (null for other entries and for requirements without a known section). */
  sectionId: string | null;
  children: OutlineEntry[];
}

export interface DocumentOutline {
  language: DocumentLanguage;
  /** The document's title as the cover prints it (a stand-in when it has none). */
  title: string;
  /** "Kravspecifikation", "Bilag 1 – Kundens kravspesifikasjon", "Requirements specification". */
  documentType: string;
  entries: OutlineEntry[];
  /** All requirements of the document. */
  totals: RequirementCounts;
}

/** Annexes are lettered in the order they are present. */
const annexLetters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function countRequirements(requirements: readonly Requirement[]): RequirementCounts {
  const mandatory = requirements.filter((requirement) => requirement.obligation === 'mandatory').length;
  return { total: requirements.length, mandatory, evaluated: requirements.length - mandatory };
}

function addCounts(a: RequirementCounts, b: RequirementCounts): RequirementCounts {
  return { total: a.total + b.total, mandatory: a.mandatory + b.mandatory, evaluated: a.evaluated + b.evaluated };
}

const noRequirements: RequirementCounts = { total: 0, mandatory: 0, evaluated: 0 };

/** A heading's text in the wanted language, else the primary language, else any it has (trimmed); '' when none. */
function headingIn(text: LocalisedText | undefined, language: DocumentLanguage, primary: DocumentLanguage): string {
  return textIn(text, language, [primary]).trim();
}

/** Builds the outline of the document as it would be exported in `language` (by default the primary language). */
export function documentOutline(spec: Specification, language: DocumentLanguage = spec.primaryLanguage): DocumentOutline {
  const catalogue = catalogues[language];
  const text = (key: string, values?: Record<string, string | number>): string => lookup(catalogue, `docx.${key}`, values);
  const primary = spec.primaryLanguage;
  const numbering = numberAsExported(spec);
  const otherSection = text('requirements.otherSection');
  const untitledSection = text('requirements.untitledSection');

  const chapter = (kind: OutlineKind, number: number, title: string, figures: OutlineEntry['figures'] = []): OutlineEntry => ({
    kind,
    number: String(number),
    title,
    requirements: null,
    figures,
    sectionId: null,
    children: [],
  });

  const sectionEntry = (numbered: NumberedSection): OutlineEntry => {
    const children = numbered.children.map(sectionEntry);
    const own = countRequirements(numbered.requirements.map((item) => item.requirement));
    return {
      kind: 'section',
      number: numbered.number,
      title: numbered.section === null ? otherSection : headingIn(numbered.section.title, language, primary) || untitledSection,
      requirements: children.reduce((sum, child) => addCounts(sum, child.requirements ?? noRequirements), own),
      figures: [],
      sectionId: numbered.section?.id ?? null,
      children,
    };
  };

  const roleEntry = (roleChapter: RoleChapter): OutlineEntry => {
    const children = roleChapter.groups.map(
      (group): OutlineEntry => ({
        kind: 'section',
        number: group.number,
        title:
          group.section === null
            ? otherSection
            : group.path
                .map((part) => headingIn(part, language, primary) || untitledSection)
                .join(' – '),
        requirements: countRequirements(group.requirements.map((item) => item.requirement)),
        figures: [],
        sectionId: group.section?.id ?? null,
        children: [],
      }),
    );
    return {
      kind: roleChapter.role,
      number: roleChapter.number,
      title: text(`requirements.${roleChapter.role}.title`),
      requirements: children.reduce((sum, child) => addCounts(sum, child.requirements ?? noRequirements), noRequirements),
      figures: [],
      sectionId: null,
      children,
    };
  };

  const entries: OutlineEntry[] = [
    chapter('introduction', 1, text('introduction.title')),
    chapter('needs', 2, text('needs.title'), [
      { unit: 'needs', count: spec.needs.length },
      { unit: 'goals', count: spec.goals.length },
    ]),
    chapter('marketDialogue', 3, text('marketDialogue.title'), spec.marketDialogue.length > 0 ? [{ unit: 'meetings', count: spec.marketDialogue.length }] : []),
    ...numbering.chapters.map(sectionEntry),
    ...[numbering.qualification, numbering.contract].filter((role): role is RoleChapter => role !== null).map(roleEntry),
    chapter(
      'evaluation',
      numbering.nextChapter,
      text('evaluation.title'),
      spec.evaluation.basis === 'price-quality' && spec.evaluation.criteria.length > 0 ? [{ unit: 'criteria', count: spec.evaluation.criteria.length }] : [],
    ),
  ];

  // The annexes the document itself calls for; the guidance annex is an export choice and is not shown.
  const standards = new Set(numbering.inOrder.flatMap(({ requirement }) => requirement.standards));
  const terms = spec.glossary.filter((entry) => entry.language === undefined || entry.language === language).length;
  const annexes: { key: string; unit: OutlineUnit; count: number }[] = [];
  if (standards.size > 0) annexes.push({ key: 'standards', unit: 'standards', count: standards.size });
  if (terms > 0) annexes.push({ key: 'glossary', unit: 'terms', count: terms });
  annexes.forEach((annex, index) => {
    entries.push({
      kind: 'annex',
      number: text('annexes.label', { letter: annexLetters[index] ?? String(index + 1) }),
      title: text(`annexes.${annex.key}.title`),
      requirements: null,
      figures: [{ unit: annex.unit, count: annex.count }],
      sectionId: null,
      children: [],
    });
  });

  return {
    language,
    title: spec.title.trim() === '' ? text('cover.untitled') : spec.title.trim(),
    documentType: text(`cover.documentType.${spec.jurisdiction}`),
    entries,
    totals: countRequirements(numbering.inOrder.map((item) => item.requirement)),
  };
}
