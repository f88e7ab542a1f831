import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TemplateLibraryStore } from '../../../electron/services/template-library';
import { checkCompleteness } from '../../../shared/builder/completeness';
import { linkToNeed } from '../../../shared/builder/bulk-edits';
import { suggestNeedsFromPacks, type PackWords } from '../../../shared/builder/need-suggestions';
import { createSpecification } from '../../../shared/specification/create';
import type { Specification } from '../../../shared/specification/model';
import { addFromLibrary, addRequestsForPacks } from '../../../shared/templates/instantiate';
import { contentStems } from '../../../shared/text/content-words';
import { stem } from '../../../shared/text/stemming';

const templatesDir = path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
let dir: string;
let spec: Specification;
let packs: PackWords[];

/** The persona's document: a Norwegian cloud case-management service from two packs, with three needs. */
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-suggest-'));
  const library = await new TemplateLibraryStore({ shippedDir: templatesDir, userDataDir: dir }).load();
  packs = [...library.packs, ...library.modules].map((pack) => ({ id: pack.id, title: pack.title, description: pack.description }));
  const { requests, unknown } = addRequestsForPacks(library, ['cloud-service', 'case-and-records-management']);
  expect(unknown).toEqual([]);
  const base = createSpecification({ id: '5d1f3c2a-8b7e-4f60-9a1b-2c3d4e5f6a7b', title: 'Sak og arkiv i skyen', jurisdiction: 'no', languages: ['nb'], primaryLanguage: 'nb', now: new Date('2026-12-01T10:00:00Z') });
  const withRequirements = addFromLibrary(base, requests);
  const need = (id: string, statement: string, who: string, why: string): Specification['needs'][number] => ({ id, statement, who, why, priority: 'must', goalIds: [] });
  spec = {
    ...withRequirements,
    needs: [
      need('need-1', 'Saksbehandlerne må kunne journalføre og arkivere saker digitalt', 'Saksbehandlere og arkivet', 'Arkivloven krever bevaring og offentlig journal'),
      need('need-2', 'Innbyggernes personopplysninger må være sikret', 'Innbyggere', 'Personvern og informasjonssikkerhet'),
      need('need-3', 'Tjenesten må være tilgjengelig for alle brukere, også med nedsatt funksjonsevne', 'Alle brukere', 'Universell utforming'),
    ],
  };
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('stemming', () => {
  it('gives inflected forms the same stem in nb, sv and en', () => {
    expect(stem('tjenestene', 'nb')).toBe(stem('tjeneste', 'nb'));
    expect(stem('arkivet', 'nb')).toBe('arkiv');
    expect(stem('handlingarna', 'sv')).toBe(stem('handling', 'sv'));
    expect(stem('archiving', 'en')).toBe(stem('archive', 'en'));
    expect(stem('sikkerheten', 'nb')).toBe(stem('sikkerhet', 'nb'));
  });

  it('leaves out short words and stop words, and remembers how a word was written', () => {
    const stems = contentStems('Tjenesten skal sikre personopplysninger og arkiv', 'nb');
    expect([...stems.values()]).toEqual(['sikre', 'personopplysninger', 'arkiv']);
  });
});

describe('suggesting needs for the requirements taken from packs', () => {
  it('groups the requirements by pack and section, and counts the untraced ones', () => {
    const suggestions = suggestNeedsFromPacks(spec, packs);
    const packIds = suggestions.map((pack) => pack.packId);
    expect(packIds).toContain('cloud-service');
    expect(packIds).toContain('case-and-records-management');
    const grouped = suggestions.flatMap((pack) => pack.sections.flatMap((section) => section.requirementIds));
    const fromPacks = spec.requirements.filter((requirement) => requirement.provenance !== null).map((requirement) => requirement.id);
    expect(grouped.sort()).toEqual([...fromPacks].sort());
    const caseTitle = suggestions.find((pack) => pack.packId === 'case-and-records-management')?.title;
    expect(caseTitle).toBe('Sak- og arkivsystem');
  });

  it('suggests the security need for the information-security sections and the archive need for the records sections', () => {
    const sections = suggestNeedsFromPacks(spec, packs).flatMap((pack) => pack.sections);
    const titled = (start: string): (typeof sections)[number] | undefined =>
      sections.find((section) => (spec.sections.find((candidate) => candidate.id === section.sectionId)?.title.nb ?? '').startsWith(start));
    expect(titled('Informasjonssikkerhet')?.needId).toBe('need-2');
    expect(titled('Informasjonssikkerhet')?.sharedWords).toContain('informasjonssikkerhet');
    expect(titled('Bevaring og arkiv')?.needId).toBe('need-1');
    expect(titled('Universell utforming')?.needId).toBe('need-3');
  });

  it("suggests the archive need for the case-and-records pack, and says which words they share", () => {
    const records = suggestNeedsFromPacks(spec, packs).find((pack) => pack.packId === 'case-and-records-management');
    const suggested = records?.sections.filter((section) => section.needId === 'need-1') ?? [];
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested[0]?.sharedWords.some((word) => word.startsWith('arkiv') || word.startsWith('journal'))).toBe(true);
  });

  it('linking every section as suggested closes "not traced" for those requirements, in one edit', () => {
    const suggestions = suggestNeedsFromPacks(spec, packs);
    const tracingOpen = (s: Specification): string[] => checkCompleteness(s).find((check) => check.id === 'tracing')?.items ?? [];
    const before = tracingOpen(spec).length;
    const links = suggestions.flatMap((pack) => pack.sections).filter((section) => section.needId !== null);
    const linked = links.reduce((next, section) => linkToNeed(next, new Set(section.requirementIds), section.needId ?? ''), spec);
    const count = links.reduce((total, section) => total + section.untraced, 0);
    expect(count).toBeGreaterThan(0);
    expect(tracingOpen(linked)).toHaveLength(before - count);
    const after = suggestNeedsFromPacks(linked, packs);
    for (const section of after.flatMap((pack) => pack.sections)) if (section.needId !== null) expect(section.untraced).toBe(0);
  });

  it('suggests nothing without needs, and works without the library (section words only)', () => {
    const noNeeds = suggestNeedsFromPacks({ ...spec, needs: [] }, packs);
    expect(noNeeds.every((pack) => pack.sections.every((section) => section.needId === null))).toBe(true);
    const noLibrary = suggestNeedsFromPacks(spec, []);
    expect(noLibrary.find((pack) => pack.packId === 'cloud-service')?.title).toBe('cloud-service');
  });
});
