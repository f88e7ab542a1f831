/**
 * Checks on what the user typed that must never stop a draft from saving:
 * the buyer's organisation number against its country's check digit, and
 * the contact e-mail address. The editor shows them at the field; the CLI's
 * `validate` reports them; the review step lists them.
 */
import type { DocumentIssue } from '../file-reading/problem';
import { isValidNorwegianOrgNumber, isValidSwedishOrgNumber } from './identifiers';
import type { Specification } from './model';

export type ContentCheck = 'organisation-number' | 'email';

export interface ContentProblem extends DocumentIssue {
  check: ContentCheck;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function organisationNumberProblem(jurisdiction: Specification['jurisdiction'], value: string): boolean {
  const number = value.trim();
  if (number === '') return false;
  if (jurisdiction === 'se') return !isValidSwedishOrgNumber(number);
  if (jurisdiction === 'no') return !isValidNorwegianOrgNumber(number);
  return false;
}

export function emailProblem(value: string | undefined): boolean {
  const email = (value ?? '').trim();
  return email !== '' && !emailPattern.test(email);
}

export function contentProblems(spec: Specification): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (organisationNumberProblem(spec.jurisdiction, spec.buyer.organisationNumber)) {
    const country = spec.jurisdiction === 'se' ? 'Swedish' : 'Norwegian';
    problems.push({
      check: 'organisation-number',
      path: '$.buyer.organisationNumber',
      message: `Not a valid ${country} organisation number (the check digit does not match)`,
    });
  }
  if (emailProblem(spec.buyer.contact.email)) {
    problems.push({ check: 'email', path: '$.buyer.contact.email', message: 'Not a valid e-mail address' });
  }
  return problems;
}
