/**
 * The title a section gets when the app makes it (the first section, or a
 * new one the user adds): in the document's own languages, from each
 * language's catalogue, never in the UI language under another language's
 * key (a Swedish document opened in the English UI gets "Krav", not
 * "Requirements").
 */
import { catalogues } from '../i18n/catalogues';
import type { LocalisedText, Specification } from '../specification/model';

export type MadeSectionKind = 'defaultSectionTitle' | 'newSectionTitle';

export function madeSectionTitle(spec: Pick<Specification, 'languages'>, kind: MadeSectionKind): LocalisedText {
  const title: LocalisedText = {};
  for (const language of spec.languages) title[language] = catalogues[language].steps.requirements[kind];
  return title;
}
