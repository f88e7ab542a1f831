/**
 * The template library as the app sees it: packs with their modules
 * resolved, so a pack lists every section and requirement it offers, each
 * requirement knowing the pack or module that defines it.
 */
import type { InnovationCriterion, JurisdictionRules, StandardEntry } from './catalogues';
import type { TemplatePack, TemplateRequirement, TemplateSection } from './model';
import type { OrganisationLibraryStatus } from './organisation';

export interface LibraryRequirement extends TemplateRequirement {
  /** The pack or module whose file defines this requirement. */
  definedIn: string;
  definedInVersion: string;
}

export interface ResolvedPack {
  pack: TemplatePack;
  sections: TemplateSection[];
  requirements: LibraryRequirement[];
  /** Modules the pack names that the library does not have. */
  missingModules: string[];
}

export function resolvePack(pack: TemplatePack, modules: ReadonlyMap<string, TemplatePack>): ResolvedPack {
  const sections: TemplateSection[] = [...pack.sections];
  const requirements: LibraryRequirement[] = pack.requirements.map((r) => ({ ...r, definedIn: pack.id, definedInVersion: pack.version }));
  const missingModules: string[] = [];
  for (const moduleId of pack.includes) {
    const module = modules.get(moduleId);
    if (module === undefined) {
      missingModules.push(moduleId);
      continue;
    }
    sections.push(...module.sections.filter((section) => !sections.some((s) => s.id === section.id)));
    requirements.push(...module.requirements.map((r) => ({ ...r, definedIn: module.id, definedInVersion: module.version })));
  }
  return { pack, sections, requirements, missingModules };
}

/** The names used as {placeholders} in a text. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([a-z][a-zA-Z0-9]*)\}/g)].map((match) => match[1] ?? ''))];
}


/** Everything the library holds: shipped and user packs, modules, and the catalogues. */
export interface TemplateLibrary {
  packs: TemplatePack[];
  modules: TemplatePack[];
  standards: StandardEntry[];
  innovation: InnovationCriterion[];
  rules: JurisdictionRules[];
  /** Packs the user imported or saved (they can be removed); the rest ship with the app or come from the organisation. */
  userPackIds: string[];
  /** Packs read from the organisation library folder (read-only); absent where no folder is involved. */
  organisationPackIds?: string[];
  /** The organisation library folder as last read; null or absent when none is set. */
  organisation?: OrganisationLibraryStatus | null;
}

/** Each requirement once, with every pack that offers it (directly or through a module). */
export interface CatalogueEntry {
  requirement: LibraryRequirement;
  packIds: string[];
  sectionTitle: TemplateSection['title'];
}

export function catalogueEntries(library: TemplateLibrary): CatalogueEntry[] {
  const modules = new Map(library.modules.map((m) => [m.id, m]));
  const byId = new Map<string, CatalogueEntry>();
  for (const pack of library.packs) {
    const resolved = resolvePack(pack, modules);
    const sectionTitles = new Map(resolved.sections.map((s) => [s.id, s.title]));
    for (const requirement of resolved.requirements) {
      const existing = byId.get(requirement.id);
      if (existing !== undefined) {
        if (!existing.packIds.includes(pack.id)) existing.packIds.push(pack.id);
        continue;
      }
      byId.set(requirement.id, { requirement, packIds: [pack.id], sectionTitle: sectionTitles.get(requirement.section) ?? { en: requirement.section } });
    }
  }
  return [...byId.values()];
}
