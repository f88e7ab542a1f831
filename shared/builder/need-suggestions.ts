/**
 * Which need the requirements a specification took from template packs
 * probably serve: for each pack, section by section, the need whose words
 * overlap most with the section's title and its requirements' titles, and
 * then with the pack's title and description. Simple and explainable: the
 * score is the number of shared word stems (shared/text/light-stemmer.ts; a
 * stem that is the start or the end of a longer one counts too, so "arkiv"
 * meets "arkivering" and "sikkerhet" meets "informasjonssikkerhet"), a word of
 * the section counting three times a word of the pack, since the pack's words
 * are the same for all its sections; the shared words are shown. The user
 * confirms each suggestion.
 */
import type { LocalisedText, Specification } from '../specification/model';
import type { DocumentLanguage } from '../specification/model/common';
import { textIn } from '../text/localised';
import { contentStems } from '../text/content-words';
import { sectionRequirements } from './requirement-edits';

/** What the suggestion reads of a pack (or module) in the library. */
export interface PackWords {
  id: string;
  title: LocalisedText;
  description?: LocalisedText;
}

export interface SectionSuggestion {
  sectionId: string;
  /** The pack's requirements in this section, in order. */
  requirementIds: string[];
  /** How many of them are not traced yet (no need and no reason to stand alone). */
  untraced: number;
  /** The best need, or null when none shares a word. */
  needId: string | null;
  /** The shared words, as the need writes them. */
  sharedWords: string[];
}

export interface PackSuggestion {
  packId: string;
  /** The pack's title in the document's language, or its id when the library no longer has it. */
  title: string;
  sections: SectionSuggestion[];
}

const minimumPart = 5;

/** A section's word counts this many times a word from the pack's title or description. */
const sectionWeight = 3;

/** The stems of `need` that meet a stem of `group`, as the need writes them: equal, or one the start or end of the other (compounds). */
function overlap(group: ReadonlyMap<string, string>, need: ReadonlyMap<string, string>): string[] {
  const shared: string[] = [];
  for (const [needStem, written] of need) {
    if (group.has(needStem)) {
      shared.push(written);
      continue;
    }
    for (const groupStem of group.keys()) {
      const [short, long] = needStem.length <= groupStem.length ? [needStem, groupStem] : [groupStem, needStem];
      if (short.length >= minimumPart && (long.startsWith(short) || long.endsWith(short))) {
        shared.push(written);
        break;
      }
    }
  }
  return shared;
}

const isUntraced = (requirement: Specification['requirements'][number]): boolean =>
  requirement.tracing === 'linked' ? requirement.needIds.length === 0 : requirement.tracingReason.trim() === '';

/** The suggestions for every pack the document's requirements came from, in the order the packs first appear. */
export function suggestNeedsFromPacks(spec: Specification, packs: readonly PackWords[]): PackSuggestion[] {
  const language: DocumentLanguage = spec.primaryLanguage;
  const read = (text: LocalisedText | undefined): string => (text === undefined ? '' : textIn(text, language, spec.languages));
  const needStems = spec.needs.map((need) => ({ id: need.id, stems: contentStems(`${need.statement} ${need.who} ${need.why}`, language) }));
  const packById = new Map(packs.map((pack) => [pack.id, pack]));

  const packOrder: string[] = [];
  const bySection = new Map<string, Map<string, string[]>>();
  for (const section of spec.sections) {
    for (const requirement of sectionRequirements(spec, section.id)) {
      const packId = requirement.provenance?.packId;
      if (packId === undefined) continue;
      let sections = bySection.get(packId);
      if (sections === undefined) {
        sections = new Map();
        bySection.set(packId, sections);
        packOrder.push(packId);
      }
      sections.set(section.id, [...(sections.get(section.id) ?? []), requirement.id]);
    }
  }

  const requirementById = new Map(spec.requirements.map((requirement) => [requirement.id, requirement]));
  const sectionById = new Map(spec.sections.map((section) => [section.id, section]));
  return packOrder.map((packId) => {
    const pack = packById.get(packId);
    const packText = pack === undefined ? '' : `${read(pack.title)} ${read(pack.description)}`;
    const sections = [...(bySection.get(packId) ?? new Map<string, string[]>())].map(([sectionId, requirementIds]): SectionSuggestion => {
      const requirements = requirementIds.map((id) => requirementById.get(id)).filter((requirement) => requirement !== undefined);
      const titles = requirements.map((requirement) => read(requirement.title)).join(' ');
      const own = contentStems(`${read(sectionById.get(sectionId)?.title)} ${titles}`, language);
      const fromPack = contentStems(packText, language);
      let best: { id: string; shared: string[]; score: number } | null = null;
      for (const need of needStems) {
        const inSection = overlap(own, need.stems);
        const inPack = overlap(fromPack, need.stems).filter((word) => !inSection.includes(word));
        const score = sectionWeight * inSection.length + inPack.length;
        if (score > 0 && (best === null || score > best.score)) best = { id: need.id, shared: [...inSection, ...inPack], score };
      }
      return { sectionId, requirementIds, untraced: requirements.filter(isUntraced).length, needId: best?.id ?? null, sharedWords: best?.shared ?? [] };
    });
    return { packId, title: pack === undefined ? packId : read(pack.title) || packId, sections };
  });
}
