import { describe, expect, it } from 'vitest';
import { companyDraft, companyFromDraft, emptyProfile, keepAnswers } from '../../../shared/response/profile-edits';
import { offerAnswers, SupplierProfile } from '../../../shared/response/profile';
import { profileWith, reusable, smallTender } from '../../support/supplier-responses';

describe('the company profile form', () => {
  it('reads the facts back with the language’s numbers, leaving blank rows out', () => {
    const draft = companyDraft(emptyProfile('0d7f4c43-1a7e-4c1e-b7a6-2f2e8e6f9a02', new Date('2026-06-01T10:00:00Z')).company, 'sv');
    const read = companyFromDraft(
      {
        ...draft,
        name: ' Molnbyrån AB ',
        staff: '14',
        turnoverAmount: '12 500 000,50',
        turnoverCurrency: 'sek',
        turnoverYear: '2025',
        certifications: [
          { name: 'ISO/IEC 27001', issuer: '', validUntil: '2027-12-31' },
          { name: ' ', issuer: 'nobody', validUntil: '' },
        ],
        references: [{ customer: 'Exempelkommunen', description: 'E-tjänst för bygglov', year: '2025', contact: '' }],
      },
      'sv',
    );
    expect(read).toEqual({
      ok: true,
      company: {
        name: 'Molnbyrån AB',
        organisationNumber: '',
        certifications: [{ name: 'ISO/IEC 27001', validUntil: '2027-12-31' }],
        references: [{ customer: 'Exempelkommunen', description: 'E-tjänst för bygglov', year: 2025 }],
        turnover: { amount: 12_500_000.5, currency: 'SEK', year: 2025 },
        staff: 14,
      },
    });
    if (read.ok) expect(SupplierProfile.safeParse({ ...emptyProfile('0d7f4c43-1a7e-4c1e-b7a6-2f2e8e6f9a02', new Date()), company: read.company }).success).toBe(true);
  });

  it('names every field it cannot read', () => {
    const draft = companyDraft(profileWith([]).company, 'en');
    expect(draft.staff).toBe('14');
    const read = companyFromDraft({ ...draft, staff: '3.5', turnoverAmount: 'lots', turnoverCurrency: 'kr', turnoverYear: '25', references: [{ customer: 'X', description: '', year: 'last year', contact: '' }] }, 'en');
    expect(read).toEqual({ ok: false, problems: [{ field: 'staff' }, { field: 'turnoverAmount' }, { field: 'turnoverCurrency' }, { field: 'turnoverYear' }, { field: 'referenceYear', row: 0 }] });
  });
});

describe("keeping a response's answers in the profile", () => {
  it('keeps library requirements’ answers under the text answered, replaces the old one, and offers them again', () => {
    const spec = smallTender();
    const before = profileWith([reusable('ACC-WCAG-01', 'Tjänsten ska följa WCAG 2.0.', { kind: 'yes-no', value: false }), reusable('OTHER-01', 'Något annat.', { kind: 'yes-no', value: true })]);
    const { profile, kept } = keepAnswers(
      before,
      spec,
      { R1: { kind: 'yes-no', value: true }, R2: { kind: 'compliance', complies: 'addition' }, R4: { kind: 'yes-no', value: true } },
      new Date('2026-06-02T10:00:00Z'),
    );
    // R4 was written by the buyer (no library id): it cannot be offered again.
    expect(kept).toBe(2);
    expect(profile.answers.map((answer) => answer.libraryRequirementId)).toEqual(['OTHER-01', 'ACC-WCAG-01', 'DATA-EEA-01']);
    expect(SupplierProfile.safeParse(profile).success).toBe(true);
    expect(offerAnswers(profile, spec).map((offer) => [offer.requirementId, offer.status, offer.answer])).toEqual([
      ['R1', 'offered', { kind: 'yes-no', value: true }],
      ['R2', 'offered', { kind: 'compliance', complies: 'addition' }],
    ]);
  });
});
