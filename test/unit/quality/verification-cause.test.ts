import { describe, expect, it } from 'vitest';
import { catalogues, lookup } from '../../../shared/i18n/catalogues';
import { findingMessageKey } from '../../../shared/quality/checker';
import { lintRequirements } from '../../../shared/quality/lint';
import { uiLanguages } from '../../../shared/languages';
import { loadFixture } from '../specification/fixtures';

const spec = loadFixture('rich.kravspec');
const mandatory = spec.requirements.find((requirement) => requirement.obligation === 'mandatory');

function pp05(text: string, method: 'documentation' | null) {
  const base = mandatory;
  if (base === undefined) throw new Error('The rich fixture has no mandatory requirement');
  const requirement = { ...base, text: { ...base.text, sv: text }, verification: { method }, dismissedFindings: [] };
  return lintRequirements([requirement], 'sv', {}).find((finding) => finding.ruleId === 'PP05');
}

describe('PP05 says what is missing', () => {
  it('names the missing verification method when the wording is fine', () => {
    const finding = pp05('Leverantören ska leverera en driftrapport varje månad.', null);
    expect(finding?.cause).toBe('noVerification');
    for (const language of uiLanguages) {
      const message = lookup(catalogues[language], findingMessageKey(finding ?? { ruleId: 'PP05' }));
      expect(message).not.toBe(lookup(catalogues[language], 'quality.rules.PP05'));
      expect(message).not.toMatch(/^quality\./);
    }
  });

  it('blames the wording only when a method is chosen and the wording cannot be verified', () => {
    const finding = pp05('Tjänsten ska ha hög tillgänglighet.', 'documentation');
    expect(finding?.cause).toBeUndefined();
    expect(findingMessageKey(finding ?? { ruleId: '' })).toBe('quality.rules.PP05');
    expect(pp05('Leverantören ska leverera en driftrapport varje månad.', 'documentation')).toBeUndefined();
  });
});
