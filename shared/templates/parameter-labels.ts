/**
 * How a parameter is named to the buyer: the template's label in the UI
 * language ("Supporttid börjar"), never the raw {placeholder}. The library's
 * add dialog reads the label from the template it shows; a requirement in a
 * specification finds its template through where it came from (pack and
 * requirement id), so the editor names its values the same way.
 */
import { inLanguage, type UiLanguage } from '../languages';
import type { Requirement } from '../specification/model/requirements';
import type { CatalogueEntry } from './library';
import type { TemplateParameter } from './model';

/** The template parameters of every library requirement, by the library requirement's id. */
export type TemplateParameterIndex = ReadonlyMap<string, readonly TemplateParameter[]>;

export function templateParameterIndex(entries: readonly CatalogueEntry[]): TemplateParameterIndex {
  return new Map(entries.map((entry) => [entry.requirement.id, entry.requirement.parameters]));
}

/** The template's parameter of that name for a requirement taken from the library; undefined for one written by hand or a template no longer in the library. */
export function templateParameterOf(requirement: Pick<Requirement, 'provenance'>, name: string, index: TemplateParameterIndex): TemplateParameter | undefined {
  const id = requirement.provenance?.requirementId;
  if (id === undefined) return undefined;
  return index.get(id)?.find((parameter) => parameter.name === name);
}

/**
 * A readable name for a parameter that has no template label: "annualCases"
 * becomes "annual cases", so even a hand-made parameter is not shown as
 * "{annualCases}".
 */
export function nameAsWords(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The parameter's label in the UI language: the template's label, else its name as words. */
export function parameterLabel(name: string, template: Pick<TemplateParameter, 'label'> | undefined, language: UiLanguage): string {
  const label = template === undefined ? '' : inLanguage(template.label, language);
  return label !== '' ? label : nameAsWords(name);
}
