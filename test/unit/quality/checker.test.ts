import { describe, expect, it } from 'vitest';
import { checkRequirement, type CheckedRequirement } from '../../../shared/quality/checker';

const rules = (text: string, options: Partial<CheckedRequirement> = {}, context = {}) =>
  checkRequirement({ text, language: 'sv', obligation: 'mandatory', role: 'specification', ...options }, context).map((f) => f.ruleId);

describe('requirement quality checker', () => {
  it('knows the obligation: "bör" is weak in a mandatory requirement and right in an evaluated one', () => {
    expect(rules('Tjänsten bör stödja export av ärenden.')).toContain('RQ01');
    expect(rules('Tjänsten bör stödja export av ärenden.', { obligation: 'evaluated' })).not.toContain('RQ01');
  });

  it('minimal pairs: a brand or a standard with and without the equivalence words', () => {
    expect(rules('Tjänsten ska integreras med SharePoint.')).toContain('PP01');
    expect(rules('Tjänsten ska integreras med SharePoint eller likvärdigt.')).not.toContain('PP01');
    expect(rules('Leverantören ska vara certifierad enligt ISO 27001.', { role: 'qualification' })).toEqual(expect.arrayContaining(['PP02']));
    expect(rules('Leverantören ska vara certifierad enligt ISO 27001 eller likvärdigt.', { role: 'qualification' })).not.toContain('PP02');
    expect(checkRequirement({ text: 'The service shall use Microsoft Teams or equivalent.', language: 'en', obligation: 'mandatory', role: 'specification' })).toEqual([]);
  });

  it('minimal pairs: a quality attribute with and without a number and unit', () => {
    expect(rules('Tjänsten ska ha hög tillgänglighet.')).toEqual(expect.arrayContaining(['RQ06', 'PP05']));
    expect(rules('Tjänsten ska ha en tillgänglighet på minst 99,5 % per kalendermånad.')).not.toContain('RQ06');
    expect(rules('Svarstiden ska vara 2.')).toContain('RQ07');
    expect(rules('Svarstiden ska vara 2 sekunder.')).not.toContain('RQ07');
  });

  it('matches inflections and multiword phrases, and leaves set phrases alone', () => {
    expect(rules('Gränssnittet ska vara användarvänligt.')).toContain('RQ03');
    expect(rules('Leverantören ska åtgärda fel i möjligaste mån.')).toContain('RQ02');
    expect(rules('Användaren ska när som helst kunna exportera sina data.')).not.toContain('RQ01');
  });

  it('minimal pairs: integration with an existing system, with and without a named interface', () => {
    expect(rules('Plattformen ska integreras med kommunens befintliga e-handelssystem.')).toContain('PP04');
    expect(rules('Plattformen ska integreras med kommunens befintliga e-handelssystem via gränssnittet i bilaga 4.')).not.toContain('PP04');
    expect(rules('Tjänsten skal hente brukerdata fra dagens HR-system.', { language: 'nb' })).toContain('PP04');
    expect(rules('The service shall send alerts to our existing ticketing system.', { language: 'en' })).toContain('PP04');
    // A comparison's baseline or where migrated data comes from is not an integration.
    expect(rules('Tjänsten ska ha en högre säkerhetsnivå än nuvarande lösning.')).not.toContain('PP04');
    expect(rules('The Supplier shall migrate all case records from the current system.', { language: 'en' })).not.toContain('PP04');
    expect(rules('The Supplier shall migrate the data to our existing systems at contract end.', { language: 'en' })).toContain('PP04');
  });

  it('minimal pairs: the buyer\'s internal documents, attached or not', () => {
    expect(rules('Leverantören ska hantera regionens information enligt regionens informationssäkerhetspolicy.')).toContain('PP07');
    expect(rules('Leverantören ska hantera regionens information enligt regionens informationssäkerhetspolicy (bilaga 5).')).not.toContain('PP07');
    expect(rules('Leverandøren skal følge Kundens sikkerhetsinstruks ved arbeid i datasenteret.', { language: 'nb' })).toContain('PP07');
    expect(rules('The Supplier shall invoice travel expenses in accordance with our travel policy.', { language: 'en' })).toContain('PP07');
    expect(rules('The Supplier shall invoice travel expenses in accordance with our travel policy in Annex 3.', { language: 'en' })).not.toContain('PP07');
    // A public document is not the buyer's own.
    expect(rules('Leverantören ska följa Riksarkivets föreskrifter om gallring.')).not.toContain('PP07');
  });

  it('finds two demands under one obligation in Swedish and Norwegian, not two nouns', () => {
    expect(rules('Loggar ska sparas i två år och granskas av regionens säkerhetsfunktion varje månad.')).toContain('RQ10');
    expect(rules('Leverantören ska övervaka driftmiljön dygnet runt samt rapportera avvikelser till regionens IT-enhet.')).toContain('RQ10');
    expect(rules('Fakturaer skal attesteres og anvises elektronisk.', { language: 'nb' })).toContain('RQ10');
    expect(rules('Tjänsten ska stödja svenska och engelska.')).not.toContain('RQ10');
    expect(rules('Skjemaene skal være enkle og intuitive å fylle ut.', { language: 'nb' })).not.toContain('RQ10');
  });

  it('exempts terms the glossary defines', () => {
    expect(rules('Tjänsten ska ha en enkel inloggning.', {}, { glossaryTerms: ['enkel inloggning'] })).not.toContain('RQ03');
  });

  it('finds actorless openers, vague times, placeholders and dangling annexes', () => {
    expect(rules('Det ska finnas en sökfunktion.')).toContain('RQ16');
    expect(rules('Leverantören ska åtgärda fel skyndsamt.')).toEqual(expect.arrayContaining(['RQ15', 'PP05']));
    expect(rules('Tjänsten ska hantera TBD användare.')).toContain('RQ14');
    expect(rules('Tjänsten ska följa kraven i se bilaga 7.', {}, { annexCount: 3 })).toContain('RQ14');
    expect(rules('Tjänsten ska följa kraven, se bilaga 2.', {}, { annexCount: 3 })).not.toContain('RQ14');
  });

  it('flags a turnover demand above twice the contract value', () => {
    const text = 'Leverantören ska ha en årsomsättning om minst 10 000 000 kronor.';
    expect(rules(text, { role: 'qualification' }, { estimatedValue: 4_000_000 })).toContain('PP09');
    expect(rules(text, { role: 'qualification' }, { estimatedValue: 6_000_000 })).not.toContain('PP09');
  });

  it('gives character spans that point at the words', () => {
    const text = 'Tjänsten ska vara snabb och modern.';
    const found = checkRequirement({ text, language: 'sv', obligation: 'mandatory', role: 'specification' }).filter((f) => f.ruleId === 'RQ03');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['snabb', 'modern']);
  });

  it('works in Norwegian and English too', () => {
    expect(checkRequirement({ text: 'Løsningen skal være brukervennlig.', language: 'nb', obligation: 'mandatory', role: 'specification' }).map((f) => f.ruleId)).toContain('RQ03');
    expect(checkRequirement({ text: 'Data shall be stored.', language: 'en', obligation: 'mandatory', role: 'specification' }).map((f) => f.ruleId)).toContain('RQ12');
    expect(checkRequirement({ text: 'There shall be a search function.', language: 'en', obligation: 'mandatory', role: 'specification' }).map((f) => f.ruleId)).toContain('RQ16');
  });
});

describe('near-duplicates (SET01)', () => {
  it('finds a requirement that repeats an earlier one, and not a different one', async () => {
    const { nearDuplicates } = await import('../../../shared/quality/checker');
    const base = { language: 'sv' as const, obligation: 'mandatory' as const, role: 'specification' as const };
    const result = nearDuplicates([
      { ...base, id: 'A', text: 'Leverantören ska leverera en månatlig rapport om tillgänglighet, incidenter och ändringar till beställaren.' },
      { ...base, id: 'B', text: 'Tjänsten ska kunna exportera samtliga ärenden i ett öppet format.' },
      { ...base, id: 'C', text: 'Leverantören ska leverera en månatlig rapport om tillgänglighet, incidenter och ändringar till beställaren!' },
    ]);
    expect([...result]).toEqual([['C', 'A']]);
  });
});
