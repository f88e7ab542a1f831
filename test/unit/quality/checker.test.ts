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

type Language = CheckedRequirement['language'];

/** What a user sees for one rule: the highlighted words. */
const flagged = (text: string, ruleId: string, language: Language = 'sv', obligation: 'mandatory' | 'evaluated' = 'mandatory'): string[] =>
  checkRequirement({ text, language, obligation, role: 'specification' })
    .filter((f) => f.ruleId === ruleId)
    .map((f) => text.slice(f.start, f.end));

/** Rules with a warning or an error: what makes a requirement look wrong. */
const complaints = (text: string, language: Language): string[] =>
  checkRequirement({ text, language, obligation: 'mandatory', role: 'specification' })
    .filter((f) => f.severity !== 'info')
    .map((f) => f.ruleId);

describe('RQ07: a measure with no unit', () => {
  it('reads Norwegian and Swedish decimal commas and thousands spaces', () => {
    expect(flagged('Plattformen skal ha en oppetid på minst 99,5 per måned.', 'RQ07', 'nb')).toEqual(['99,5']);
    expect(flagged('Plattformen skal ha en oppetid på minst 99,5 % per måned.', 'RQ07', 'nb')).toEqual([]);
    expect(flagged('Lagringen ska rymma minst 20 000.', 'RQ07')).toEqual(['20 000']);
    expect(flagged('Lagringen ska rymma minst 20 000 ärenden.', 'RQ07')).toEqual([]);
  });

  it('finds the number after an operator when a function word, not a unit, follows', () => {
    expect(flagged('Søket skal gi svar innen 3 for 90 % av forespørslene.', 'RQ07', 'nb')).toEqual(['3']);
    expect(flagged('Leverandøren skal gjenopprette tjenesten i løpet av 6.', 'RQ07', 'nb')).toEqual(['6']);
    expect(flagged('Tjänsten ska svara inom 2 vid normal belastning.', 'RQ07')).toEqual(['2']);
    expect(flagged('Backups shall be restorable within 6 during business hours.', 'RQ07', 'en')).toEqual(['6']);
    expect(flagged('The contrast ratio shall be at least 3.', 'RQ07', 'en')).toEqual(['3']);
    expect(flagged('Systemet ska skicka en kallelse 24 före mötet.', 'RQ07')).toEqual(['24']);
  });

  it('leaves counted nouns, ordinals, years, times of day, versions and labels alone', () => {
    expect(flagged('Kontoen skal sperres etter 5 mislykkede innlogginger.', 'RQ07', 'nb')).toEqual([]);
    expect(flagged('Leverandøren skal levere rapporten innen 5. virkedag i måneden.', 'RQ07', 'nb')).toEqual([]);
    expect(flagged('Systemet skal være i produksjon innen 2028.', 'RQ07', 'nb')).toEqual([]);
    expect(flagged('Brukerstøtten skal svare på henvendelser før 15.30 samme dag.', 'RQ07', 'nb')).toEqual([]);
    expect(flagged('Leverantören ska teckna avtalet enligt bilaga 2 före driftstart.', 'RQ07')).toEqual([]);
    expect(flagged('The portal shall load in under 1.5 seconds.', 'RQ07', 'en')).toEqual([]);
    expect(complaints('Tjenesten skal ha en oppetid på minst 99,8 % per kalendermåned.', 'nb')).toEqual([]);
  });
});

describe('RQ10: two demands joined by a conjunction', () => {
  it('finds a second Norwegian verb after "og", from the conjunction on', () => {
    expect(flagged('Leverandøren skal installere oppdateringer ukentlig og varsle Kunden om driftsavbrudd.', 'RQ10', 'nb')).toEqual([
      'og varsle Kunden om driftsavbrudd.',
    ]);
    expect(flagged('Portalen skal være universelt utformet og ha norsk og engelsk språkdrakt.', 'RQ10', 'nb')).toEqual([
      'og ha norsk og engelsk språkdrakt.',
    ]);
    // A short passive ("tas") is a verb too.
    expect(flagged('Loggene skal tas ut hver natt og arkiveres kryptert.', 'RQ10', 'nb')).toEqual(['og arkiveres kryptert.']);
    expect(flagged('Leverantören ska installera säkerhetsuppdateringar och meddela förvaltningen.', 'RQ10')).toEqual(['och meddela förvaltningen.']);
  });

  it('leaves nouns and adjectives joined by "og / och", and one function described in an infinitive clause', () => {
    expect(flagged('Løsningen skal håndtere nye og eksisterende brukere.', 'RQ10', 'nb')).toEqual([]);
    expect(flagged('Leverandøren skal ha kompetanse innen drift og brukerstøtte.', 'RQ10', 'nb')).toEqual([]);
    expect(flagged('Løsningen skal ha en funksjon for å opprette og slette brukere.', 'RQ10', 'nb')).toEqual([]);
    expect(flagged('Tjänsten ska visa kommunens namn och logga.', 'RQ10')).toEqual([]);
    expect(complaints('Løsningen skal gi saksbehandlere og ledere tilgang til statistikk.', 'nb')).toEqual([]);
  });
});

describe('RQ06: a quality attribute with no number', () => {
  it('knows more Norwegian, Swedish and English attribute words, compounds included', () => {
    expect(flagged('Portalen skal ha kort lastetid.', 'RQ06', 'nb')).toEqual(['lastetid']);
    expect(flagged('Tjenesten skal ha en avtalt gjenopprettingstid.', 'RQ06', 'nb')).toEqual(['gjenopprettingstid']);
    expect(flagged('Arkivet skal ha utvidbar lagringskapasitet.', 'RQ06', 'nb')).toEqual(['lagringskapasitet']);
    expect(flagged('E-arkivet ska ha utbyggbar lagringskapacitet.', 'RQ06')).toEqual(['lagringskapacitet']);
    expect(flagged('The platform shall offer scalability.', 'RQ06', 'en')).toEqual(['scalability']);
    expect(flagged('The API shall handle a throughput of 200 requests per second.', 'RQ06', 'en')).toEqual([]);
  });

  it('leaves a supplier\'s capacity and a value still to be filled in to other rules', () => {
    expect(flagged('The tenderer shall have the technical capacity to deliver the service.', 'RQ06', 'en')).toEqual([]);
    expect(flagged('Leverandøren skal dokumentere økonomisk og finansiell kapasitet.', 'RQ06', 'nb')).toEqual([]);
    // A delay in delivery is a contract matter, not a quality attribute.
    expect(flagged('Ved forsinkelse skal Leverandøren varsle Kunden skriftlig.', 'RQ06', 'nb')).toEqual([]);
    const rules = checkRequirement({ text: 'Båndbredden skal være TBD Mbit/s.', language: 'nb', obligation: 'mandatory', role: 'specification' }).map((f) => f.ruleId);
    expect(rules).toContain('RQ14');
    expect(rules).not.toContain('RQ06');
  });
});

describe('RQ11: slash alternatives', () => {
  it('finds names, acronyms and numbers offered as alternatives', () => {
    expect(flagged('Varsler skal sendes på SMS/e-post.', 'RQ11', 'nb')).toEqual(['SMS/e-post']);
    expect(flagged('Henvendelser skal kunne meldes via telefon/e-post/chat.', 'RQ11', 'nb')).toEqual(['telefon/e-post/chat']);
    expect(flagged('The service shall export reports as CSV/XLSX.', 'RQ11', 'en')).toEqual(['CSV/XLSX']);
    expect(flagged('Servrarna ska ha 64/128 GB minne.', 'RQ11')).toEqual(['64/128']);
    // "och/eller" is one finding, not two.
    expect(flagged('Rapporten ska skickas med e-post och/eller post.', 'RQ11')).toEqual(['och/eller']);
  });

  it('leaves set terms, units, laws, dates and one-letter parts alone', () => {
    for (const text of [
      'Løsningen skal støtte TCP/IP og HTTPS.',
      'Prisen skal oppgis i kr/time.',
      'Leverandøren skal følge forordning (EU) 2016/679.',
      'Rapportene skal leveres som PDF/A-filer.',
      'Personopplysninger skal behandles innenfor EU/EØS.',
      'Tjenesten skal være tilgjengelig 24/7.',
      'Skjermen skal ha en lysstyrke på 300 cd/m².',
      'Kontrakten skal gjelde fra 01/03/2027.',
    ]) {
      expect(flagged(text, 'RQ11', 'nb')).toEqual([]);
    }
    expect(flagged('The tenderer shall not be excluded under Directive 2014/24/EU.', 'RQ11', 'en')).toEqual([]);
  });
});

describe('PP01: product names', () => {
  it('finds more product names, also at the head of a compound', () => {
    expect(flagged('Webbplatsen ska byggas i WordPress.', 'PP01')).toEqual(['WordPress']);
    expect(flagged('Systemet ska använda en Oracle-databas.', 'PP01')).toEqual(['Oracle']);
    expect(flagged('Betalning ska kunna ske med Vipps.', 'PP01', 'nb')).toEqual(['Vipps']);
  });

  it('leaves a format to PP03 and a name followed by the equivalence words alone', () => {
    expect(flagged('Leverantören ska lämna tidrapporter i Excel-format.', 'PP01')).toEqual([]);
    expect(flagged('Leverantören ska lämna tidrapporter i Excel-format.', 'PP03')).toEqual(['Excel-format']);
    expect(flagged('Webbplatsen ska byggas i WordPress eller motsvarande.', 'PP01')).toEqual([]);
    expect(flagged('The Supplier shall log incidents in Jira or an equivalent tool.', 'PP01', 'en')).toEqual([]);
  });
});

describe('RQ03: subjective quality words', () => {
  it('finds "god / akseptabel / high availability"', () => {
    expect(flagged('Sökfunktionen ska ha god prestanda.', 'RQ03')).toEqual(['god']);
    expect(flagged('Portalen skal ha akseptabel svartid.', 'RQ03', 'nb')).toEqual(['akseptabel']);
    expect(flagged('The service shall have high availability.', 'RQ03', 'en')).toEqual(['high availability']);
    expect(flagged('The Supplier shall provide acceptable documentation.', 'RQ03', 'en')).toEqual(['acceptable']);
  });

  it('leaves legal standards of conduct alone', () => {
    expect(complaints('Leverantören ska följa god redovisningssed.', 'sv')).toEqual([]);
    expect(complaints('Leverandøren skal føre regnskap i samsvar med god regnskapsskikk.', 'nb')).toEqual([]);
    expect(complaints('The Supplier shall act in good faith.', 'en')).toEqual([]);
  });

  it('leaves the GDPR’s own term for an adequacy decision alone, and still finds the word elsewhere', () => {
    expect(flagged('Personopplysninger skal bare behandles i EØS eller i et land med beslutning om tilstrekkelig beskyttelsesnivå.', 'RQ03', 'nb')).toEqual([]);
    expect(flagged('Personal data shall be processed only in the EEA or in a country with an adequate level of protection.', 'RQ03', 'en')).toEqual([]);
    expect(flagged('Leverandøren skal ha tilstrekkelig kapasitet.', 'RQ03', 'nb')).toEqual(['tilstrekkelig']);
  });
});

describe('near-duplicates (SET01)', () => {
  it('finds a requirement that repeats an earlier one, and not a different one', async () => {
    const { nearDuplicates } = await import('../../../shared/quality/near-duplicates');
    const base = { language: 'sv' as const, obligation: 'mandatory' as const, role: 'specification' as const };
    const result = nearDuplicates([
      { ...base, id: 'A', text: 'Leverantören ska leverera en månatlig rapport om tillgänglighet, incidenter och ändringar till beställaren.' },
      { ...base, id: 'B', text: 'Tjänsten ska kunna exportera samtliga ärenden i ett öppet format.' },
      { ...base, id: 'C', text: 'Leverantören ska leverera en månatlig rapport om tillgänglighet, incidenter och ändringar till beställaren!' },
    ]);
    expect([...result]).toEqual([['C', 'A']]);
  });
});

describe('issue 17: classes of false alarms seen on real tender text', () => {
  it('RQ01 tells the senses of "kan" apart: a prohibition, a right of the buyer and a subordinate clause are not weak modality', () => {
    expect(flagged('Leverantören kan inte ändra prioriteten utan beställarens godkännande.', 'RQ01')).toEqual([]);
    expect(flagged('Kunden kan kreve en ny leveranse dersom testen feiler.', 'RQ01', 'nb')).toEqual([]);
    expect(flagged('Leverandøren skal stille med en rådgiver som kan fagområdet.', 'RQ01', 'nb')).toEqual([]);
    expect(flagged('Leverantören ska beskriva hur data kan exporteras.', 'RQ01')).toEqual([]);
    expect(flagged('The agency may terminate the call-off with one month of notice.', 'RQ01', 'en')).toEqual([]);
    // The weak sense stays a finding.
    expect(flagged('Tjänsten kan erbjuda inloggning med e-legitimation.', 'RQ01')).toEqual(['kan']);
    expect(flagged('Løsningen kan tilby varsling på SMS.', 'RQ01', 'nb')).toEqual(['kan']);
  });

  it('RQ13 leaves a dummy subject alone and still finds a pronoun that points back', () => {
    expect(flagged('Det skal ukentlig tas en fullstendig kopi av databasen.', 'RQ13', 'nb')).toEqual([]);
    expect(flagged('Det ska vara enkelt att byta lösenord.', 'RQ13')).toEqual([]);
    expect(flagged('It must be possible to reopen a closed case.', 'RQ13', 'en')).toEqual([]);
    expect(flagged('Det skal foreligge en plan for gjenoppretting.', 'RQ13', 'nb')).toEqual([]);
    expect(flagged('Loggen sparas i ett år. Den ska kunna sökas av revisorer.', 'RQ13')).toEqual(['Den']);
  });

  it('RQ06 is silent on the security triad and on accessibility, and so is PP05', () => {
    expect(rules('Leverantören ska skydda informationens konfidentialitet, riktighet och tillgänglighet.')).not.toEqual(expect.arrayContaining(['RQ06']));
    expect(rules('Leverantören ska skydda informationens konfidentialitet, riktighet och tillgänglighet.')).not.toContain('PP05');
    expect(flagged('Tjenesten skal ivareta tilgjengelighet i tråd med WCAG 2.1 nivå AA.', 'RQ06', 'nb')).toEqual([]);
    expect(flagged('The contractor shall ensure continued performance under the contract.', 'RQ06', 'en')).toEqual([]);
    expect(flagged('Tjänsten ska ha hög tillgänglighet.', 'RQ06')).toEqual(['tillgänglighet']);
  });

  it('PP01 leaves national infrastructure and the buyer\'s own systems alone, and still finds a demanded product', () => {
    expect(flagged('Innbyggere skal logge inn via ID-porten.', 'PP01', 'nb')).toEqual([]);
    expect(flagged('Invånare ska kunna legitimera sig med BankID.', 'PP01')).toEqual([]);
    expect(flagged('Skjemaet skal arkiveres i kundens eksisterende Elements.', 'PP01', 'nb')).toEqual([]);
    expect(flagged('Saken skal overføres til arkivet (Elements) ved innsending.', 'PP01', 'nb')).toEqual([]);
    expect(flagged('Status ska hämtas via Ciceron API.', 'PP01')).toEqual([]);
    expect(flagged('Den nya tjänsten ska byggas på SharePoint.', 'PP01')).toEqual(['SharePoint']);
  });

  it('RQ17 notes a very long requirement, or a long one with a second sentence, not a long single demand', () => {
    const oneDemand =
      'Leverantören ska tillhandahålla en bokningstjänst där invånare väljer lokal, datum och tid, ser vilka tider som är lediga, får en bekräftelse med e-post och sms och kan avboka kostnadsfritt fram till klockan tolv dagen före den bokade tiden.';
    expect(oneDemand.split(' ').length).toBeGreaterThan(35);
    expect(flagged(oneDemand, 'RQ17')).toEqual([]);
    expect(flagged(`${oneDemand} Leverantören ska även skicka en påminnelse två dagar före.`, 'RQ17')).toHaveLength(1);
  });
});

describe('issue 17: classes of misses seen on real tender text', () => {
  it('RQ15 finds vague timing and frequency, unless a time with a unit bounds it', () => {
    expect(flagged('Leverantören ska regelbundet testa återläsning av säkerhetskopior.', 'RQ15')).toEqual(['regelbundet']);
    expect(flagged('Leverandøren skal jevnlig oppdatere dokumentasjonen.', 'RQ15', 'nb')).toEqual(['jevnlig']);
    expect(flagged('Leverandøren skal rette feilen så snart som mulig.', 'RQ15', 'nb')).toEqual(['så snart som mulig']);
    expect(flagged('The Supplier shall periodically review user accounts.', 'RQ15', 'en')).toEqual(['periodically']);
    expect(flagged('The Supplier shall report a breach without undue delay and within 24 hours at the latest.', 'RQ15', 'en')).toEqual([]);
  });

  it('RQ04 finds open-list tails, RQ03 vague qualifiers', () => {
    expect(flagged('Tjänsten ska visa kartor, bilder o.l.', 'RQ04')).toEqual(['o.l.']);
    expect(flagged('Løsningen skal støtte skjema, vedlegg og lignende.', 'RQ04', 'nb')).toEqual(['og lignende']);
    expect(flagged('The portal shall accept images, videos or similar.', 'RQ04', 'en')).toEqual(['or similar']);
    expect(flagged('Løsningen skal gi tilgang til relevante rapporter.', 'RQ03', 'nb')).toEqual(['relevante']);
    expect(flagged('The service shall offer unlimited storage.', 'RQ03', 'en')).toEqual(['unlimited']);
  });

  it('PP04 finds the buyer\'s own system with no name or interface, where the text integrates with it', () => {
    expect(flagged('Tjänsten ska överföra beslut till kommunens ärendesystem.', 'PP04')).toEqual(['kommunens ärendesystem']);
    expect(flagged('Løsningen skal hente data fra kundens fagsystem.', 'PP04', 'nb')).toEqual(['kundens fagsystem']);
    expect(flagged('Løsningen skal hente data fra kundens fagsystem Visma Flyt.', 'PP04', 'nb')).toEqual([]);
    expect(flagged('Leverandøren skal slette kundens data fra tjenesten ved avtalens slutt.', 'PP04', 'nb')).toEqual([]);
  });

  it('PP06 finds "så … som möjligt" with words between, and verbs of maximising', () => {
    expect(flagged('Leverantören ska hålla planerade avbrott så korta och sällsynta som möjligt.', 'PP06')).toEqual(['så korta och sällsynta som möjligt']);
    expect(flagged('Skjemaet skal være så enkelt å fylle ut som mulig.', 'PP06', 'nb')).toEqual(['så enkelt å fylle ut som mulig']);
    expect(flagged('The Supplier shall keep the data as complete and current as possible.', 'PP06', 'en')).toEqual(['as complete and current as possible']);
    expect(flagged('Leverandøren skal optimalisere lastetiden.', 'PP06', 'nb')).toEqual(['optimalisere']);
    expect(flagged('The Supplier shall fix faults as far as possible.', 'PP06', 'en')).toEqual([]);
  });
});

describe('issue 17: new rules', () => {
  const en = (text: string, obligation: 'mandatory' | 'evaluated', role: 'specification' | 'contract' = 'specification') =>
    checkRequirement({ text, language: 'en', obligation, role }).map((f) => f.ruleId);

  it('RQ18 finds a requirement with no verb of obligation', () => {
    expect(rules('Stöd för inloggning med e-legitimation.')).toContain('RQ18');
    expect(en('The user will see a list of open cases.', 'mandatory')).toContain('RQ18');
    expect(rules('Løsningen må kunne sende varsel på e-post.', { language: 'nb' })).not.toContain('RQ18');
    expect(rules('Leverantören måste ha en utsedd kontaktperson.')).not.toContain('RQ18');
    // An evaluated requirement may ask for a description or name the credit.
    expect(rules('Beskriv hur tjänsten stödjer flera språk.', { obligation: 'evaluated' })).not.toContain('RQ18');
    expect(rules('Det är meriterande om tjänsten stödjer flera språk.', { obligation: 'evaluated' })).not.toContain('RQ18');
    expect(en('The portal offers a chat function.', 'evaluated')).toContain('RQ18');
    // Contract terms state their consequences as facts.
    expect(en('A penalty of 1 % of the monthly fee applies per day of delay.', 'mandatory', 'contract')).not.toContain('RQ18');
  });

  it('RQ19 finds an evaluated requirement written as a mandatory one, not one that asks for a description', () => {
    expect(flagged('Tjänsten ska erbjuda chatt med handläggare.', 'RQ19', 'sv', 'evaluated')).toEqual(['ska']);
    expect(flagged('The service shall support offline use.', 'RQ19', 'en', 'evaluated')).toEqual(['shall']);
    expect(flagged('Tjänsten bör erbjuda chatt med handläggare.', 'RQ19', 'sv', 'evaluated')).toEqual([]);
    expect(flagged('Leverandøren skal beskrive hvordan løsningen støtter universell utforming.', 'RQ19', 'nb', 'evaluated')).toEqual([]);
    expect(flagged('Tjänsten ska erbjuda chatt med handläggare.', 'RQ19')).toEqual([]);
  });
});
