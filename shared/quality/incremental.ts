/**
 * Checking while the user types: each requirement's findings are kept
 * against the requirement object itself, so after an edit (which replaces
 * only the edited requirement) only that one is checked again. The document
 * facts the rules read (language, glossary, annexes, value) are part of the
 * key; when they change everything is checked afresh. Near-duplicates
 * (SET01) compare every requirement with the others and are left to
 * `lintSpecification`, which the caller runs once typing pauses.
 */
import type { Requirement, Specification } from '../specification/model';
import type { DocumentLanguage } from '../specification/model/common';
import { nearDuplicates } from './near-duplicates';
import { lintRequirements, type DocumentFinding } from './lint';
import { ruleCatalogue } from './rules';

const perRequirementRules: ReadonlySet<string> = new Set(ruleCatalogue.filter((rule) => rule.defaultOn && rule.id !== 'SET01').map((rule) => rule.id));

export class IncrementalLinter {
  private cache = new WeakMap<Requirement, DocumentFinding[]>();
  private contextKey = '';
  /** How many requirements the last `lint` call actually checked (the rest came from the cache). */
  checkedLastTime = 0;

  lint(spec: Specification, language: DocumentLanguage = spec.primaryLanguage): Map<string, DocumentFinding[]> {
    const glossaryTerms = spec.glossary.map((entry) => entry.term);
    const key = JSON.stringify([language, glossaryTerms, spec.attachments.length, spec.procurement.estimatedValue]);
    if (key !== this.contextKey) {
      this.cache = new WeakMap();
      this.contextKey = key;
    }
    const context = { glossaryTerms, annexCount: spec.attachments.length, estimatedValue: spec.procurement.estimatedValue, enabledRules: perRequirementRules };
    const out = new Map<string, DocumentFinding[]>();
    this.checkedLastTime = 0;
    for (const requirement of spec.requirements) {
      let findings = this.cache.get(requirement);
      if (findings === undefined) {
        findings = lintRequirements([requirement], language, context);
        this.cache.set(requirement, findings);
        this.checkedLastTime += 1;
      }
      if (findings.length > 0) out.set(requirement.id, findings);
    }
    return out;
  }
}

/** Requirements whose text nearly repeats another's (SET01), by id: compares every requirement with the others. */
export function documentNearDuplicates(requirements: readonly Requirement[], language: DocumentLanguage): Map<string, string> {
  const texts = requirements
    .map((r) => ({ id: r.id, text: r.text[language] ?? '', language, obligation: r.obligation, role: r.role }))
    .filter((r) => r.text.trim() !== '');
  return nearDuplicates(texts);
}

/**
 * The findings per requirement with the near-duplicates added, unless the
 * user dismissed them: with the linter's findings, what `lintSpecification`
 * gives for the whole document, in the same order.
 */
export function withNearDuplicates(
  spec: Specification,
  findings: Map<string, DocumentFinding[]>,
  duplicates: ReadonlyMap<string, string>,
  language: DocumentLanguage = spec.primaryLanguage,
): Map<string, DocumentFinding[]> {
  if (duplicates.size === 0) return findings;
  const out = new Map(findings);
  for (const requirement of spec.requirements) {
    if (!duplicates.has(requirement.id) || requirement.dismissedFindings.some((d) => d.ruleId === 'SET01')) continue;
    const text = requirement.text[language] ?? '';
    if (text.trim() === '') continue;
    out.set(requirement.id, [...(out.get(requirement.id) ?? []), { ruleId: 'SET01', severity: 'info', start: 0, end: text.length, requirementId: requirement.id }]);
  }
  return out;
}
