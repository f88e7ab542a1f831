/**
 * The library logic on a small synthetic library: resolving modules, search
 * with filters, adding to a specification with parameters, saving a
 * specification's requirements as a pack, and reading pack files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSpecification } from '../../../shared/specification/create';
import { Specification } from '../../../shared/specification/model';
import { packFromSpecification, slugify } from '../../../shared/templates/from-specification';
import { addFromLibrary, addRequestsForPacks, fillParameters, sentenceParts } from '../../../shared/templates/instantiate';
import { catalogueEntries, placeholdersIn, resolvePack, type TemplateLibrary } from '../../../shared/templates/library';
import { parameterDefault, TemplatePack, type TemplateRequirement } from '../../../shared/templates/model';
import { parseTemplatePackBytes } from '../../../shared/templates/pack-file';
import { TemplateSearch } from '../../../shared/templates/search';

const tri = (sv: string, nb: string, en: string) => ({ sv, nb, en });

function requirement(id: string, section: string, overrides: Partial<TemplateRequirement> = {}): TemplateRequirement {
  return {
    id,
    section,
    title: tri(`Titel ${id}`, `Tittel ${id}`, `Title ${id}`),
    text: tri('Tjänsten ska vara tillgänglig.', 'Tjenesten skal være tilgjengelig.', 'The service shall be available.'),
    guidance: { why: tri('a', 'b', 'c'), pitfalls: tri('a', 'b', 'c'), adapt: tri('a', 'b', 'c'), anchor: tri('a', 'b', 'c') },
    obligation: 'mandatory',
    role: 'specification',
    verification: 'declaration',
    answerType: { kind: 'confirmation' },
    parameters: [],
    level: 'basic',
    standards: [],
    innovation: [],
    jurisdictions: ['se', 'no', 'eu'],
    sources: [],
    alternatives: [],
    ...overrides,
  };
}

function pack(id: string, kind: 'pack' | 'module', requirements: TemplateRequirement[], includes: string[] = [], sections = [{ id: `${id}-main`, parent: null, title: tri('Avsnitt', 'Kapittel', 'Section') }]): TemplatePack {
  return TemplatePack.parse({
    format: 'kravstudio-template-pack',
    formatVersion: 1,
    kind,
    id,
    version: '1.2.0',
    title: tri(`Paket ${id}`, `Pakke ${id}`, `Pack ${id}`),
    description: tri('x', 'y', 'z'),
    serviceType: kind === 'module' ? 'shared-module' : 'cloud-service',
    licence: 'CC-BY-4.0',
    authors: [{ name: 'Test' }],
    changelog: [{ version: '1.2.0', date: '2026-11-27', changes: tri('x', 'y', 'z') }],
    includes,
    sections,
    requirements,
  });
}

const availability = requirement('SAAS-AVAIL-01', 'cloud-main', {
  title: tri('Tillgänglighet', 'Oppetid', 'Availability'),
  text: tri('Tjänsten ska vara tillgänglig {availability} av tiden per månad.', 'Tjenesten skal være tilgjengelig {availability} av tiden per måned.', 'The service shall be available {availability} of the time per month.'),
  parameters: [{ name: 'availability', type: 'percentage', label: tri('Tillgänglighet', 'Oppetid', 'Availability'), unit: '%', default: 99.5, min: 90, max: 100 }],
  obligation: 'evaluated',
  level: 'advanced',
  standards: ['iso-iec-20000-1'],
  innovation: ['measurable-service-levels'],
});
const security = pack('security', 'module', [requirement('SEC-LOG-01', 'security-main', { title: tri('Loggning', 'Logging', 'Logging') })]);
const cloud = pack('cloud', 'pack', [availability], ['security']);
const ops = pack('ops', 'pack', [requirement('OPS-MON-01', 'ops-main', { title: tri('Övervakning', 'Overvåking', 'Monitoring') })], ['security']);
const library: TemplateLibrary = { packs: [cloud, ops], modules: [security], standards: [], innovation: [], rules: [], userPackIds: [] };

describe('template library logic', () => {
  it('a pack offers its modules without copying them, and each requirement is listed once', () => {
    const resolved = resolvePack(cloud, new Map([['security', security]]));
    expect(resolved.requirements.map((r) => [r.id, r.definedIn])).toEqual([
      ['SAAS-AVAIL-01', 'cloud'],
      ['SEC-LOG-01', 'security'],
    ]);
    const entries = catalogueEntries(library);
    expect(entries.map((e) => [e.requirement.id, e.packIds])).toEqual([
      ['SAAS-AVAIL-01', ['cloud']],
      ['SEC-LOG-01', ['cloud', 'ops']],
      ['OPS-MON-01', ['ops']],
    ]);
    expect(placeholdersIn(availability.text.en ?? '')).toEqual(['availability']);
  });

  it('search is per language, forgiving about accents, and filters by pack, obligation, level, standard and tag', () => {
    const entries = catalogueEntries(library);
    const sv = new TemplateSearch(entries, 'sv');
    expect(sv.search('tillganglig').map((e) => e.requirement.id)).toContain('SAAS-AVAIL-01');
    expect(sv.search('loggning').map((e) => e.requirement.id)).toEqual(['SEC-LOG-01']);
    expect(new TemplateSearch(entries, 'nb').search('overvåking').map((e) => e.requirement.id)).toEqual(['OPS-MON-01']);
    expect(new TemplateSearch(entries, 'en').search('SAAS AVAIL').map((e) => e.requirement.id)).toEqual(['SAAS-AVAIL-01']);
    expect(sv.search('', { packId: 'ops' }).map((e) => e.requirement.id)).toEqual(['OPS-MON-01', 'SEC-LOG-01']);
    expect(sv.search('', { obligation: 'evaluated' }).map((e) => e.requirement.id)).toEqual(['SAAS-AVAIL-01']);
    expect(sv.search('', { level: 'advanced', standardId: 'iso-iec-20000-1', innovationId: 'measurable-service-levels' })).toHaveLength(1);
    expect(sv.search('månad', { packId: 'ops' })).toEqual([]);
    expect(sv.search('månad').map((e) => e.requirement.id)).toEqual(['SAAS-AVAIL-01']);
  });

  it('adding to a specification fills parameters, creates the section and records where it came from', () => {
    const spec = createSpecification({ id: '3b241101-e2bb-4255-8caf-4136c566a962', title: 'Test', jurisdiction: 'se', languages: ['sv', 'en'], primaryLanguage: 'sv', now: new Date('2026-11-27T10:00:00Z') });
    const entry = catalogueEntries(library).find((e) => e.requirement.id === 'SAAS-AVAIL-01');
    if (entry === undefined) throw new Error('missing');
    const sectionTitles = new Map(resolvePack(cloud, new Map([['security', security]])).sections.map((s) => [s.id, s]));
    const once = addFromLibrary(spec, [{ entry, packId: 'cloud', packVersion: '1.2.0', values: { availability: 99.9 }, sectionTitles }]);
    const twice = addFromLibrary(once, [{ entry, packId: 'cloud', packVersion: '1.2.0', values: {}, sectionTitles }]);
    expect(Specification.safeParse(twice).success).toBe(true);
    const [first, second] = twice.requirements;
    expect(first).toMatchObject({
      id: 'SAAS-AVAIL-01',
      sectionId: 'cloud-main',
      obligation: 'evaluated',
      text: { sv: availability.text.sv, en: availability.text.en },
      parameters: [{ name: 'availability', value: 99.9, unit: '%', min: 90, max: 100 }],
      provenance: { packId: 'cloud', requirementId: 'SAAS-AVAIL-01', packVersion: '1.2.0' },
    });
    expect(first?.text.nb).toBeUndefined();
    expect(second).toMatchObject({ id: 'SAAS-AVAIL-01.2', order: 1, parameters: [{ value: 99.5 }] });
    expect(twice.sections.map((s) => s.id)).toEqual(['cloud-main']);
    expect(fillParameters(first?.text.sv ?? '', { availability: '99,9 %' })).toBe('Tjänsten ska vara tillgänglig 99,9 % av tiden per månad.');
  });

  it('a text default written per language gives the document its own language’s word (an eIDAS level, a register)', () => {
    const level = requirement('ID-LEVEL-01', 'main', {
      text: tri('Inloggning på lägst tillitsnivån {level}.', 'Innlogging på minst sikkerhetsnivå {level}.', 'Login at assurance level {level} or higher.'),
      parameters: [{ name: 'level', type: 'text', label: tri('Nivå', 'Nivå', 'Level'), default: { sv: 'väsentlig', nb: 'betydelig', en: 'substantial' } }],
    });
    expect(parameterDefault({ default: { sv: 'väsentlig', nb: 'betydelig', en: 'substantial' } }, 'nb')).toBe('betydelig');
    const idLibrary: TemplateLibrary = { packs: [pack('id', 'pack', [level], [], [{ id: 'main', parent: null, title: tri('Inloggning', 'Innlogging', 'Login') }])], modules: [], standards: [], innovation: [], rules: [], userPackIds: [] };
    const entry = catalogueEntries(idLibrary).find((e) => e.requirement.id === 'ID-LEVEL-01');
    if (entry === undefined) throw new Error('missing');
    const sectionTitles = new Map([['main', { id: 'main', parent: null, title: tri('Inloggning', 'Innlogging', 'Login') }]]);
    const valueIn = (primaryLanguage: 'sv' | 'nb' | 'en') => {
      const spec = createSpecification({ id: '3b241101-e2bb-4255-8caf-4136c566a962', title: 'Test', jurisdiction: 'eu', languages: [primaryLanguage], primaryLanguage, now: new Date('2026-11-27T10:00:00Z') });
      return addFromLibrary(spec, [{ entry, packId: 'id', packVersion: '1.0.0', values: {}, sectionTitles }]).requirements[0]?.parameters[0]?.value;
    };
    expect([valueIn('sv'), valueIn('nb'), valueIn('en')]).toEqual(['väsentlig', 'betydelig', 'substantial']);
  });

  it('a pack brings one of two alternatives (the first it lists); the other stays in the library to swap in', () => {
    const eeaOnly = requirement('SAAS-DATALOC-01', 'cloud-main', { alternatives: ['PRIV-LOC-01'] });
    const adequacy = requirement('PRIV-LOC-01', 'privacy-main', { alternatives: ['SAAS-DATALOC-01'] });
    const privacy = pack('privacy', 'module', [adequacy, requirement('PRIV-DPA-01', 'privacy-main')], [], [{ id: 'privacy-main', parent: null, title: tri('Dataskydd', 'Personvern', 'Privacy') }]);
    const saas = pack('saas', 'pack', [eeaOnly], ['privacy'], [{ id: 'cloud-main', parent: null, title: tri('Moln', 'Sky', 'Cloud') }]);
    const other = pack('other', 'pack', [requirement('OTHER-01', 'cloud-main')], ['privacy'], [{ id: 'cloud-main', parent: null, title: tri('Moln', 'Sky', 'Cloud') }]);
    const withAlternatives: TemplateLibrary = { packs: [saas, other], modules: [privacy], standards: [], innovation: [], rules: [], userPackIds: [] };
    const ids = (packIds: string[]): string[] => addRequestsForPacks(withAlternatives, packIds).requests.map((r) => r.entry.requirement.id);
    expect(ids(['saas'])).toEqual(['SAAS-DATALOC-01', 'PRIV-DPA-01']);
    expect(ids(['other'])).toEqual(['OTHER-01', 'PRIV-LOC-01', 'PRIV-DPA-01']);
    expect(ids(['other', 'saas'])).toEqual(['OTHER-01', 'PRIV-LOC-01', 'PRIV-DPA-01']);
    expect(catalogueEntries(withAlternatives).map((e) => e.requirement.id)).toEqual(['SAAS-DATALOC-01', 'PRIV-LOC-01', 'PRIV-DPA-01', 'OTHER-01']);
  });

  it('fills only parameters the requirement has: {constructor} and {toString} stay as written', () => {
    expect(fillParameters('Inom {constructor} och {toString} dagar, {days} dagar', { days: 5 })).toBe('Inom {constructor} och {toString} dagar, 5 dagar');
  });

  it('cuts a sentence at its placeholders, each with its value or none, and fillParameters joins the same parts', () => {
    const text = 'Support {supportStart}–{supportEnd}, {constructor} {days} dagar';
    const values = { supportStart: '08:00', supportEnd: null, days: '' };
    expect(sentenceParts(text, values)).toEqual([
      { kind: 'text', text: 'Support ' },
      { kind: 'parameter', name: 'supportStart', value: '08:00', placeholder: '{supportStart}' },
      { kind: 'text', text: '–' },
      { kind: 'parameter', name: 'supportEnd', value: null, placeholder: '{supportEnd}' },
      { kind: 'text', text: ', ' },
      { kind: 'parameter', name: 'constructor', value: null, placeholder: '{constructor}' },
      { kind: 'text', text: ' ' },
      { kind: 'parameter', name: 'days', value: null, placeholder: '{days}' },
      { kind: 'text', text: ' dagar' },
    ]);
    expect(fillParameters(text, values)).toBe('Support 08:00–{supportEnd}, {constructor} {days} dagar');
    expect(sentenceParts('', values)).toEqual([]);
    expect(sentenceParts('Ingen värden.', values)).toEqual([{ kind: 'text', text: 'Ingen värden.' }]);
  });

  it('a specification saved as a pack is a valid pack with new, stable ids', () => {
    const spec = Specification.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/documents/rich.kravspec'), 'utf8')));
    const saved = packFromSpecification(spec, { title: 'Storvikens e-arkivkrav', now: new Date('2026-11-27T10:00:00Z'), author: 'Storvikens kommun' });
    expect(TemplatePack.safeParse(saved).success).toBe(true);
    expect(saved.id).toBe('storvikens-e-arkivkrav');
    expect(saved.requirements).toHaveLength(spec.requirements.length);
    expect(saved.requirements[0]?.id).toBe('STORVI-001');
    expect(new Set(saved.requirements.map((r) => r.section)).size).toBeGreaterThan(1);
    expect(slugify('Åtgärder för ÖPPNA data!', 'x')).toBe('atgarder-for-oppna-data');
  });

  it('pack files: bad ones are refused with a reason and a JSON path', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const good = JSON.stringify(cloud);
    expect(parseTemplatePackBytes(bytes(good))).toMatchObject({ ok: true });
    expect(parseTemplatePackBytes(bytes('{'))).toMatchObject({ ok: false, problem: { code: 'not-json' } });
    expect(parseTemplatePackBytes(bytes('{"format":"other"}'))).toMatchObject({ ok: false, problem: { code: 'wrong-format' } });
    expect(parseTemplatePackBytes(bytes(good.replace('"formatVersion":1', '"formatVersion":2')))).toMatchObject({ ok: false, problem: { code: 'newer-version' } });
    expect(parseTemplatePackBytes(bytes(good.replace('"format":', '"__proto__":{},"format":')))).toMatchObject({ ok: false, problem: { code: 'forbidden-key' } });
    const broken = parseTemplatePackBytes(bytes(good.replace('"obligation":"evaluated"', '"obligation":"maybe"')));
    expect(broken).toMatchObject({ ok: false, problem: { code: 'invalid' } });
    expect(!broken.ok && broken.problem.issues[0]?.path).toBe('$.requirements[0].obligation');
  });
});
