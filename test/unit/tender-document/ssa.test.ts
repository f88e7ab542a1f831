import { describe, expect, it } from 'vitest';
import { ssaAgreements } from '../../../shared/export-choices';
import docxEn from '../../../shared/i18n/docx.en.json';
import docxNb from '../../../shared/i18n/docx.nb.json';
import docxSv from '../../../shared/i18n/docx.sv.json';
import { defaultSsaAgreement, hasSsaAppendix, ssaAgreementFacts, ssaKey } from '../../../shared/tender-document/ssa';

type Texts = { ssa: Record<string, unknown> };
const catalogues = { nb: docxNb as Texts, sv: docxSv as Texts, en: docxEn as Texts };
const agreementTexts = (texts: Texts, ssa: (typeof ssaAgreements)[number]) => texts.ssa[ssaKey(ssa)] as { name: string; appendices: Record<string, string> };

describe('the SSA appendix lists', () => {
  it('offers SSA-S, SSA-B and SSA-O besides the four agreements offered before', () => {
    expect(ssaAgreements).toEqual(['SSA-L', 'SSA-D', 'SSA-V', 'SSA-T', 'SSA-S', 'SSA-B', 'SSA-O']);
  });

  it.each(ssaAgreements)('%s has a source, a version or none stated, rising numbers starting at 1, and no list left unmarked without a version', (ssa) => {
    const facts = ssaAgreementFacts[ssa];
    expect(facts.source.document.length).toBeGreaterThan(0);
    expect(facts.source.url).toMatch(/^https?:\/\/[^/]+\/./);
    const numbers = facts.appendices.map((appendix) => appendix.number);
    expect(numbers[0]).toBe(1);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(facts.appendices[0]?.filledBy).toBe('customer');
    if (facts.version === null) expect(facts.verify).toBe(true);
  });

  it.each(ssaAgreements)('%s has its name and every listed appendix title in nb, sv and en, and no title for an appendix it does not list', (ssa) => {
    for (const [language, texts] of Object.entries(catalogues)) {
      const own = agreementTexts(texts, ssa);
      expect(own.name, `${language} ${ssa}`).not.toBe('');
      expect(Object.keys(own.appendices).map(Number), `${language} ${ssa}`).toEqual(ssaAgreementFacts[ssa].appendices.map((appendix) => appendix.number));
    }
  });

  it('SSA-V is the maintenance agreement with its own ten appendices (2015), not a copy of SSA-D', () => {
    const v = agreementTexts(catalogues.nb, 'SSA-V');
    expect(v.name).toContain('vedlikeholdsavtalen');
    expect(ssaAgreementFacts['SSA-V']).toMatchObject({ version: '2015', verify: false });
    expect(v.appendices['3']).toBe('Utstyr og/eller programvare som skal vedlikeholdes');
    expect(v.appendices['5']).toBe('Tjenestenivå med standardiserte prisavslag');
    expect(v.appendices['10']).toBe('Tredjeparts vilkår for vedlikehold av tredjeparts programvare');
    const d = agreementTexts(catalogues.nb, 'SSA-D');
    expect(v.appendices['3']).not.toBe(d.appendices['3']);
    expect(v.appendices['5']).not.toBe(d.appendices['5']);
  });

  it('SSA-T is the development and customisation agreement with all ten appendices, its Norwegian titles marked unconfirmed', () => {
    const t = agreementTexts(catalogues.nb, 'SSA-T');
    expect(t.name).toContain('utviklings- og tilpasningsavtalen');
    expect(Object.keys(t.appendices)).toHaveLength(10);
    expect(t.appendices['5']).toBe('Testing og godkjenning');
    expect(ssaAgreementFacts['SSA-T']).toMatchObject({ version: '2015', verify: true });
  });

  it('SSA-S, SSA-B and SSA-O list only what could be confirmed, and say so', () => {
    expect(agreementTexts(catalogues.nb, 'SSA-S').appendices).toEqual({ '1': 'Kundens kravspesifikasjon', '2': 'Leverandørens løsningsspesifikasjon' });
    expect(agreementTexts(catalogues.nb, 'SSA-B').appendices).toEqual({ '1': 'Beskrivelse av bistanden' });
    expect(Object.keys(agreementTexts(catalogues.nb, 'SSA-O').appendices)).toEqual(['1', '2', '3', '4', '5']);
    for (const ssa of ['SSA-S', 'SSA-B', 'SSA-O'] as const) expect(ssaAgreementFacts[ssa].verify).toBe(true);
    expect(hasSsaAppendix('SSA-B', 2)).toBe(false);
    expect(hasSsaAppendix('SSA-O', 2)).toBe(true);
  });
});

describe('the agreement an export offers first', () => {
  const from = (...packs: (string | null)[]) => packs.map((packId) => ({ provenance: packId === null ? null : { packId } }));

  it('is none outside Norway, and SSA-L in Norway unless the document says otherwise', () => {
    expect(defaultSsaAgreement({ jurisdiction: 'se', requirements: from('software-development') })).toBeNull();
    expect(defaultSsaAgreement({ jurisdiction: 'no', requirements: [] })).toBe('SSA-L');
    expect(defaultSsaAgreement({ jurisdiction: 'no', requirements: from(null, 'cloud-service', 'it-operations') })).toBe('SSA-L');
  });

  it('is SSA-S, the agile agreement, for a document built from the software-development pack alone', () => {
    expect(defaultSsaAgreement({ jurisdiction: 'no', requirements: from('software-development', null, 'software-development') })).toBe('SSA-S');
    expect(defaultSsaAgreement({ jurisdiction: 'no', requirements: from('software-development', 'cloud-service') })).toBe('SSA-L');
  });
});
