/**
 * Library alternatives (SAAS-DATALOC-01: data in the EEA only; PRIV-LOC-01:
 * also in countries with an adequacy decision): a pack brings one, and a
 * document that holds both is told so before it goes out.
 */
import { describe, expect, it } from 'vitest';
import { exportPreflight } from '../../../shared/builder/export-preflight';
import { createSpecification } from '../../../shared/specification/create';
import type { Specification } from '../../../shared/specification/model';
import { addFromLibrary, addRequestFor, addRequestsForPacks } from '../../../shared/templates/instantiate';
import { catalogueEntries } from '../../../shared/templates/library';
import { shippedLibrary } from '../docx/fixtures';

const date = new Date('2026-12-07T10:00:00Z');
const blank = (): Specification => createSpecification({ id: '7d0f3c52-3f55-4f4e-9d0a-6c1d2b8f9e10', title: 'Moln', jurisdiction: 'se', languages: ['sv'], primaryLanguage: 'sv', now: date });
const templateIds = (spec: Specification): string[] => spec.requirements.map((r) => r.provenance?.requirementId ?? '');

describe('alternatives in the shipped library', () => {
  it('the cloud-service pack brings data storage within the EEA and not its alternative; a pack without it brings the other', async () => {
    const library = await shippedLibrary();
    const cloud = addFromLibrary(blank(), addRequestsForPacks(library, ['cloud-service']).requests);
    expect(templateIds(cloud)).toContain('SAAS-DATALOC-01');
    expect(templateIds(cloud)).not.toContain('PRIV-LOC-01');
    const consultancyWithPrivacy = library.packs.find((pack) => pack.id !== 'cloud-service' && pack.includes.includes('privacy'));
    if (consultancyWithPrivacy === undefined) throw new Error('a pack other than cloud-service includes the privacy module');
    const other = addFromLibrary(blank(), addRequestsForPacks(library, [consultancyWithPrivacy.id]).requests);
    expect(templateIds(other)).toContain('PRIV-LOC-01');
  });

  it('the preflight names both numbers when the buyer adds the alternative as well, in the document language', async () => {
    const library = await shippedLibrary();
    const cloud = addFromLibrary(blank(), addRequestsForPacks(library, ['cloud-service']).requests);
    const choices = { language: 'sv', guidanceAnnex: false, ssa: null } as const;
    const code = 'requirement.alternativesTogether';
    expect(exportPreflight(cloud, choices, library).filter((item) => item.code === code)).toEqual([]);
    const entry = catalogueEntries(library).find((e) => e.requirement.id === 'PRIV-LOC-01');
    if (entry === undefined) throw new Error('PRIV-LOC-01 is in the library');
    const both = addFromLibrary(cloud, [addRequestFor(entry, library, 'cloud-service', {})]);
    const items = exportPreflight(both, choices, library).filter((item) => item.code === code);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ category: 'inconsistent', severity: 'error' });
    expect([items[0]?.values['id'], items[0]?.values['otherId']].sort()).toEqual(['PRIV-LOC-01', 'SAAS-DATALOC-01']);
    expect(items[0]?.values['number']).not.toBe(items[0]?.values['other']);
  });
});
