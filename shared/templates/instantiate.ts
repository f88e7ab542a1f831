/**
 * Taking requirements from the library into a specification: the template's
 * texts in the document's languages, its parameters with the values the
 * buyer chose, its section (created when the document does not have it yet)
 * and where it came from (pack, requirement id, pack version).
 */
import type { DocumentLanguage, LocalisedText } from '../specification/model/common';
import type { Requirement, RequirementParameter } from '../specification/model/requirements';
import type { Section } from '../specification/model/sections';
import type { Specification } from '../specification/model/specification';
import { catalogueEntries, resolvePack, type CatalogueEntry, type TemplateLibrary } from './library';
import { parameterDefault, type TemplateParameter, type TemplateSection } from './model';

export type ParameterValues = Record<string, string | number>;

/**
 * One piece of a requirement sentence: written text, or a {name} placeholder
 * with its value as it reads in the sentence (null when the value is not set
 * or the name is not among the values; `placeholder` is the {name} as written).
 */
export type SentencePart = { kind: 'text'; text: string } | { kind: 'parameter'; name: string; value: string | null; placeholder: string };

/**
 * The text cut at its {name} placeholders, each with its value: what the
 * editor's preview and the requirement list draw (a blank shown as the
 * parameter's label) and what fillParameters joins back into one string.
 */
export function sentenceParts(text: string, values: Readonly<Record<string, string | number | null>>): SentencePart[] {
  const parts: SentencePart[] = [];
  let from = 0;
  for (const match of text.matchAll(/\{([a-z][a-zA-Z0-9]*)\}/g)) {
    const [placeholder, name = ''] = match;
    if (match.index > from) parts.push({ kind: 'text', text: text.slice(from, match.index) });
    // Own properties only: a parameter named {constructor} must not print the Object function.
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    parts.push({ kind: 'parameter', name, value: value === undefined || value === null || value === '' ? null : String(value), placeholder });
    from = match.index + placeholder.length;
  }
  if (from < text.length) parts.push({ kind: 'text', text: text.slice(from) });
  return parts;
}

/** The text with each {name} replaced by its value; unknown names and values not set are left as they are. */
export function fillParameters(text: string, values: Readonly<Record<string, string | number | null>>): string {
  return sentenceParts(text, values)
    .map((part) => (part.kind === 'text' ? part.text : (part.value ?? part.placeholder)))
    .join('');
}

function pick(text: Partial<Record<DocumentLanguage, string>>, languages: readonly DocumentLanguage[]): LocalisedText {
  const out: LocalisedText = {};
  for (const language of languages) {
    const value = text[language];
    if (value !== undefined) out[language] = value;
  }
  return out;
}

function toParameter(parameter: TemplateParameter, values: ParameterValues, language: DocumentLanguage): RequirementParameter {
  const value = values[parameter.name] ?? parameterDefault(parameter, language);
  const out: RequirementParameter = { name: parameter.name, type: parameter.type, value };
  if (parameter.unit !== undefined) out.unit = parameter.unit;
  if (parameter.min !== undefined) out.min = parameter.min;
  if (parameter.max !== undefined) out.max = parameter.max;
  return out;
}

/** A requirement id not yet used in the document, based on the template's id. */
function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}.${n}`)) return `${base}.${n}`;
}

export interface AddRequest {
  entry: CatalogueEntry;
  /** The pack the user took it from (one of entry.packIds), with its version. */
  packId: string;
  packVersion: string;
  values: ParameterValues;
  sectionTitles: ReadonlyMap<string, TemplateSection>;
}

/**
 * Adds library requirements to a specification, at the end of their
 * sections; sections (and their parents) are created as needed. Returns the
 * new document; the input is not changed.
 */
export function addFromLibrary(spec: Specification, requests: readonly AddRequest[]): Specification {
  const sections: Section[] = [...spec.sections];
  const requirements: Requirement[] = [...spec.requirements];
  const taken = new Set(requirements.map((r) => r.id));
  const ensureSection = (id: string, lookup: ReadonlyMap<string, TemplateSection>): void => {
    if (sections.some((s) => s.id === id)) return;
    const template = lookup.get(id);
    const parent = template?.parent ?? null;
    if (parent !== null) ensureSection(parent, lookup);
    const order = sections.filter((s) => s.parentId === parent).length;
    sections.push({ id, parentId: parent, order, title: pick(template?.title ?? { en: id }, spec.languages) });
  };
  for (const request of requests) {
    const template = request.entry.requirement;
    ensureSection(template.section, request.sectionTitles);
    const id = freeId(template.id, taken);
    taken.add(id);
    requirements.push({
      id,
      sectionId: template.section,
      order: requirements.filter((r) => r.sectionId === template.section).length,
      text: pick(template.text, spec.languages),
      obligation: template.obligation,
      role: template.role,
      verification: { method: template.verification },
      answerType: template.answerType,
      parameters: template.parameters.map((p) => toParameter(p, request.values, spec.primaryLanguage)),
      level: template.level,
      standards: [...template.standards],
      needIds: [],
      tracing: 'linked',
      tracingReason: '',
      provenance: { packId: request.packId, requirementId: template.id, packVersion: request.packVersion },
      dismissedFindings: [],
      notes: '',
    });
  }
  return { ...spec, sections, requirements };
}

/**
 * The request to add one library requirement, taken from `preferredPackId`
 * when that pack offers it (else the first pack that does), with that pack's
 * sections for creating the requirement's section in the document.
 */
export function addRequestFor(
  entry: CatalogueEntry,
  library: Pick<TemplateLibrary, 'packs' | 'modules'>,
  preferredPackId: string | undefined,
  values: ParameterValues,
): AddRequest {
  const packId = preferredPackId !== undefined && entry.packIds.includes(preferredPackId) ? preferredPackId : (entry.packIds[0] ?? entry.requirement.definedIn);
  const pack = library.packs.find((p) => p.id === packId);
  const modules = new Map(library.modules.map((m) => [m.id, m]));
  const sections = pack === undefined ? [] : resolvePack(pack, modules).sections;
  return { entry, packId, packVersion: pack?.version ?? entry.requirement.definedInVersion, values, sectionTitles: new Map(sections.map((s) => [s.id, s])) };
}

/**
 * Every requirement of the named packs (with their modules), once each, in pack order; of
 * requirements that are alternatives to each other only the first is taken (the buyer can swap
 * it for another in the library); unknown pack ids are returned apart.
 */
export function addRequestsForPacks(library: TemplateLibrary, packIds: readonly string[]): { requests: AddRequest[]; unknown: string[] } {
  const entries = new Map(catalogueEntries(library).map((e) => [e.requirement.id, e]));
  const requests: AddRequest[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const packId of packIds) {
    const pack = library.packs.find((p) => p.id === packId);
    if (pack === undefined) {
      unknown.push(packId);
      continue;
    }
    for (const requirement of resolvePack(pack, new Map(library.modules.map((m) => [m.id, m]))).requirements) {
      const entry = entries.get(requirement.id);
      if (entry === undefined || !takesRequirement(requirement, seen)) continue;
      requests.push(addRequestFor(entry, library, pack.id, {}));
    }
  }
  return { requests, unknown };
}

/**
 * Whether a pack brings this requirement, given those already taken (which it
 * joins if so): not when it is taken already, nor when one of its
 * alternatives is. The new-document dialog counts a pack's requirements so.
 */
export function takesRequirement(requirement: { id: string; alternatives: readonly string[] }, taken: Set<string>): boolean {
  if (taken.has(requirement.id) || requirement.alternatives.some((id) => taken.has(id))) return false;
  taken.add(requirement.id);
  return true;
}
