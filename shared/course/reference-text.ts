/**
 * A requirement of a reference (or a trainee's answer) as the course screens
 * and the trainer's exports show it: its title and its text with the
 * parameters' values put in, in one language.
 */
import type { DocumentLanguage } from '../specification/model/common';
import type { Requirement } from '../specification/model/requirements';
import { fillParameters } from '../templates/instantiate';

export function requirementTitle(requirement: Requirement, language: DocumentLanguage): string {
  return requirement.title?.[language] ?? '';
}

export function filledRequirementText(requirement: Requirement, language: DocumentLanguage): string {
  const values = Object.fromEntries(requirement.parameters.map((parameter) => [parameter.name, parameter.value]));
  return fillParameters(requirement.text[language] ?? '', values);
}
