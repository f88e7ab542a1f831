/**
 * "Save these requirements as a pack": turns a specification's requirements
 * into a template pack the organisation keeps in its own library. Ids are
 * made new and stable within the pack; texts keep the document's languages.
 */
import type { DocumentLanguage } from '../specification/model/common';
import type { Specification } from '../specification/model/specification';
import type { TemplatePack, TemplateRequirement, TemplateSection, TriText } from './model';

/** A slug for pack and section ids: lower-case ASCII words joined by "-". */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^[0-9-]+/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

function triText(text: Partial<Record<DocumentLanguage, string>>, fallback: string): TriText {
  const out: { sv?: string; nb?: string; en?: string } = {};
  for (const language of ['sv', 'nb', 'en'] as const) {
    const value = text[language]?.trim();
    if (value !== undefined && value !== '') out[language] = value;
  }
  return Object.keys(out).length > 0 ? out : { en: fallback };
}

/** The first words of a text, as a title. */
function titleFrom(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length <= 8 ? text.trim() : `${words.slice(0, 8).join(' ')}…`;
}

export interface PackFromSpecification {
  title: string;
  now: Date;
  author: string;
}

export function packFromSpecification(spec: Specification, options: PackFromSpecification): TemplatePack {
  const id = slugify(options.title, 'my-pack');
  const prefix = (id.replace(/[^a-z]/g, '').slice(0, 6) || 'OWN').toUpperCase();
  const sectionIds = new Map(spec.sections.map((section, index) => [section.id, `${slugify(section.title[spec.primaryLanguage] ?? section.id, 'section')}-${index + 1}`]));
  const usedSections = new Set(spec.requirements.map((r) => r.sectionId));
  const sections: TemplateSection[] = spec.sections
    .filter((section) => usedSections.has(section.id) || spec.sections.some((child) => child.parentId === section.id && usedSections.has(child.id)))
    .map((section) => ({
      id: sectionIds.get(section.id) ?? 'section',
      parent: section.parentId === null ? null : (sectionIds.get(section.parentId) ?? null),
      title: triText(section.title, section.id),
    }));
  const keptSections = new Set(sections.map((s) => s.id));
  for (const section of sections) if (section.parent !== null && !keptSections.has(section.parent)) section.parent = null;

  const requirements: TemplateRequirement[] = spec.requirements.map((r, index) => {
    const text = triText(r.text, r.id);
    const titles: Partial<Record<DocumentLanguage, string>> = {};
    for (const [language, value] of Object.entries(text) as [DocumentLanguage, string][]) titles[language] = titleFrom(value);
    return {
      id: `${prefix}-${String(index + 1).padStart(3, '0')}`,
      section: sectionIds.get(r.sectionId) ?? 'section',
      title: triText(titles, r.id),
      text,
      obligation: r.obligation,
      role: r.role,
      verification: r.verification.method ?? 'declaration',
      answerType: r.answerType,
      parameters: r.parameters.map((p) => ({
        name: p.name,
        type: p.type,
        label: { [spec.primaryLanguage]: p.name } as TriText,
        ...(p.unit !== undefined ? { unit: p.unit } : {}),
        default: p.value ?? '',
        ...(p.min !== undefined ? { min: p.min } : {}),
        ...(p.max !== undefined ? { max: p.max } : {}),
      })),
      level: r.level,
      standards: [...r.standards],
      innovation: [],
      jurisdictions: [spec.jurisdiction],
      sources: [],
      alternatives: [],
    };
  });

  const date = options.now.toISOString().slice(0, 10);
  const description = { sv: 'Sparad från en kravspecifikation.', nb: 'Lagret fra en kravspesifikasjon.', en: 'Saved from a requirements specification.' };
  return {
    format: 'kravstudio-template-pack',
    formatVersion: 1,
    kind: 'pack',
    id,
    version: '1.0.0',
    title: { [spec.primaryLanguage]: options.title.trim() } as TriText,
    description,
    serviceType: 'other',
    licence: 'CC-BY-4.0',
    authors: [{ name: options.author.trim() === '' ? 'Kravstudio user' : options.author.trim() }],
    changelog: [{ version: '1.0.0', date, changes: { sv: `Sparad från "${spec.title}".`, nb: `Lagret fra «${spec.title}».`, en: `Saved from "${spec.title}".` } }],
    includes: [],
    sections,
    requirements,
  };
}
