/**
 * What a supplier checks its readiness against: a buyer's specification, or
 * the service-type packs of the template library that buyers are likely to
 * start from. Either way the readiness screen and the readiness report need
 * the same few things per requirement — the number a reader finds it by, its
 * text in the reader's language, whether it is mandatory or evaluated — so
 * both are turned into one view here.
 */
import { documentLanguages, type DocumentLanguage } from '../specification/model/common';
import type { Obligation } from '../specification/model/requirements';
import type { Specification } from '../specification/model/specification';
import { numberAsExported } from '../specification/numbering';
import { takesRequirement, fillParameters } from '../templates/instantiate';
import { resolvePack, type TemplateLibrary } from '../templates/library';
import { parameterDefault, type TemplateRequirement } from '../templates/model';
import { formatNumberInText } from '../format/numbers';
import { inLanguage, type UiLanguage } from '../languages';
import type { ReadinessRequirement } from './readiness';
import { readinessRequirementsOfPacks, readinessRequirementsOfSpecification } from './readiness';
import { specificationText } from './response-edits';

export type ReadinessSubject =
  | { kind: 'specification'; specification: Specification }
  | { kind: 'packs'; packIds: readonly string[]; library: Pick<TemplateLibrary, 'packs' | 'modules'> };

export interface ReadinessRow {
  /** The number the tender document prints (a specification), or the library requirement's id (a pack). */
  number: string;
  /** The requirement's text in the reader's language (a pack's values filled with its defaults). */
  text: string;
  obligation: Obligation;
}

export interface ReadinessView {
  /** The specification's title, or the packs' titles joined. */
  title: string;
  /** Titles of the packs checked (empty for a specification). */
  packTitles: string[];
  /** The languages a profile's answer is compared with, first the reader's. */
  languages: DocumentLanguage[];
  requirements: ReadinessRequirement[];
  rows: ReadonlyMap<string, ReadinessRow>;
}

/** A pack's text as a buyer who keeps the default values would print it (numbers as the reader writes them: "0,1" in sv and nb). */
function packText(requirement: TemplateRequirement, language: UiLanguage): string {
  const defaults = Object.fromEntries(
    requirement.parameters.map((parameter) => {
      const value = parameterDefault(parameter, language);
      return [parameter.name, typeof value === 'number' ? formatNumberInText(value, language, 6) : value];
    }),
  );
  return fillParameters(inLanguage(requirement.text, language), defaults);
}

/** The requirements the named packs bring (with their modules), once each and of alternatives the first, as creating a document from them would. */
function packRequirements(library: Pick<TemplateLibrary, 'packs' | 'modules'>, packIds: readonly string[]): { requirements: TemplateRequirement[]; titles: TemplateLibrary['packs'][number]['title'][] } {
  const modules = new Map(library.modules.map((module) => [module.id, module]));
  const taken = new Set<string>();
  const requirements: TemplateRequirement[] = [];
  const titles: TemplateLibrary['packs'][number]['title'][] = [];
  for (const packId of packIds) {
    const pack = library.packs.find((candidate) => candidate.id === packId);
    if (pack === undefined) continue;
    titles.push(pack.title);
    for (const requirement of resolvePack(pack, modules).requirements) {
      if (takesRequirement(requirement, taken)) requirements.push(requirement);
    }
  }
  return { requirements, titles };
}

export function readinessView(subject: ReadinessSubject, language: UiLanguage): ReadinessView {
  if (subject.kind === 'specification') {
    const { specification } = subject;
    const numberOf = numberAsExported(specification).numberOf;
    const rows = new Map(
      specification.requirements.map((requirement): [string, ReadinessRow] => [
        requirement.id,
        { number: numberOf.get(requirement.id) ?? requirement.id, text: specificationText(requirement.text, language, specification), obligation: requirement.obligation },
      ]),
    );
    const languages = [language, ...specification.languages.filter((candidate) => candidate !== language)].filter((candidate) => specification.languages.includes(candidate));
    return { title: specification.title, packTitles: [], languages: languages.length === 0 ? specification.languages : languages, requirements: readinessRequirementsOfSpecification(specification), rows };
  }
  const { requirements, titles } = packRequirements(subject.library, subject.packIds);
  const packTitles = titles.map((title) => inLanguage(title, language));
  const rows = new Map(requirements.map((requirement): [string, ReadinessRow] => [requirement.id, { number: requirement.id, text: packText(requirement, language), obligation: requirement.obligation }]));
  return {
    title: packTitles.join(', '),
    packTitles,
    languages: [language, ...documentLanguages.filter((candidate) => candidate !== language)],
    requirements: readinessRequirementsOfPacks(requirements),
    rows,
  };
}
