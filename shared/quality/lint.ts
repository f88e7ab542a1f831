/**
 * Checks every requirement of a specification in one of its languages:
 * the per-requirement rules, PP05 for mandatory requirements without a
 * verification method, and SET01 for near-duplicates. Findings the user
 * dismissed (kept in the document with a reason) are left out.
 */
import type { DocumentLanguage } from '../specification/model/common';
import type { Specification } from '../specification/model';
import { isBinding } from '../specification/model/requirements';
import { checkRequirement, type CheckContext, type Finding } from './checker';
import { nearDuplicates } from './near-duplicates';
import { ruleById } from './rules';

export interface DocumentFinding extends Finding {
  requirementId: string;
}

export function lintSpecification(spec: Specification, language: DocumentLanguage = spec.primaryLanguage, options: Pick<CheckContext, 'enabledRules'> = {}): DocumentFinding[] {
  return lintRequirements(spec.requirements, language, {
    glossaryTerms: spec.glossary.map((entry) => entry.term),
    annexCount: spec.attachments.length,
    estimatedValue: spec.procurement.estimatedValue,
    ...options,
  });
}

/** The same for a list of requirements with the document facts the rules need. */
export function lintRequirements(requirements: Specification['requirements'], language: DocumentLanguage, context: CheckContext): DocumentFinding[] {
  const on = (id: string): boolean => (context.enabledRules !== undefined ? context.enabledRules.has(id) : (ruleById.get(id)?.defaultOn ?? false));
  const texts = requirements.map((r) => ({ id: r.id, text: r.text[language] ?? '', language, obligation: r.obligation, role: r.role }));
  const duplicates = on('SET01') ? nearDuplicates(texts) : new Map<string, string>();
  const out: DocumentFinding[] = [];
  // Large documents repeat texts (SET01 is there for it): a text is checked once per obligation and role.
  const checked = new Map<string, readonly Finding[]>();
  for (const requirement of requirements) {
    const text = requirement.text[language] ?? '';
    if (text.trim() === '') continue;
    const dismissed = new Set(requirement.dismissedFindings.map((d) => d.ruleId));
    const key = `${requirement.obligation} ${requirement.role} ${text}`;
    let found = checked.get(key);
    if (found === undefined) {
      found = checkRequirement({ text, language, obligation: requirement.obligation, role: requirement.role }, context);
      checked.set(key, found);
    }
    // Copies: the PP05 cause below is set on this requirement's finding only.
    const findings = found.map((finding) => ({ ...finding }));
    if (isBinding(requirement.obligation) && requirement.verification.method === null && on('PP05')) {
      // Say what is missing: the method, not the wording (the wording's own rules still mark the words).
      const wording = findings.find((f) => f.ruleId === 'PP05');
      if (wording === undefined) findings.push({ ruleId: 'PP05', severity: 'error', start: 0, end: text.length, cause: 'noVerification' });
      else wording.cause = 'noVerification';
    }
    if (duplicates.has(requirement.id)) findings.push({ ruleId: 'SET01', severity: 'info', start: 0, end: text.length });
    for (const finding of findings) if (!dismissed.has(finding.ruleId)) out.push({ ...finding, requirementId: requirement.id });
  }
  return out;
}
