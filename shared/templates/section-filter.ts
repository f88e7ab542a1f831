/**
 * The sections the library's section filter offers: one choice per title as
 * the user reads it, so "Integrationer" from two packs is listed once and
 * finds the requirements of both.
 */
import { inLanguage, localeOf, type UiLanguage } from '../languages';
import type { TemplateSection } from './model';

export interface SectionChoice {
  /** The value of the choice: the first section id with this title. */
  key: string;
  title: string;
  /** Every section id with this title. */
  ids: string[];
}

export function sectionChoices(sections: Iterable<Pick<TemplateSection, 'id' | 'title'>>, language: UiLanguage): SectionChoice[] {
  const byTitle = new Map<string, SectionChoice>();
  const seenIds = new Set<string>();
  for (const section of sections) {
    if (seenIds.has(section.id)) continue;
    seenIds.add(section.id);
    const title = inLanguage(section.title, language);
    const key = title.trim().toLocaleLowerCase(localeOf[language]);
    const choice = byTitle.get(key);
    if (choice === undefined) byTitle.set(key, { key: section.id, title, ids: [section.id] });
    else choice.ids.push(section.id);
  }
  const collator = new Intl.Collator(localeOf[language]);
  return [...byTitle.values()].sort((a, b) => collator.compare(a.title, b.title));
}
