/**
 * The packs a new specification can start from, as the new-document dialog
 * lists them: titled in the UI language, with how many requirements each
 * brings, in that language's alphabetical order ("Å" after "Z" in sv and nb).
 */
import { inLanguage, localeOf, type UiLanguage } from '../languages';
import { takesRequirement } from './instantiate';
import { resolvePack, type TemplateLibrary } from './library';

export interface PackChoice {
  id: string;
  title: string;
  requirementCount: number;
}

export function packChoices(library: Pick<TemplateLibrary, 'packs' | 'modules'>, language: UiLanguage): PackChoice[] {
  const modules = new Map(library.modules.map((module) => [module.id, module]));
  const collator = new Intl.Collator(localeOf[language]);
  return library.packs
    .map((pack) => {
      // As many as creating the document adds: of two alternatives, only the first.
      const taken = new Set<string>();
      const requirementCount = resolvePack(pack, modules).requirements.filter((requirement) => takesRequirement(requirement, taken)).length;
      return { id: pack.id, title: inLanguage(pack.title, language) || pack.id, requirementCount };
    })
    .sort((a, b) => collator.compare(a.title, b.title));
}
