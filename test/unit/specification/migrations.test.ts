import { contentProblems } from '../../../shared/specification/content-checks';
import { describe, expect, it } from 'vitest';
import { migrateToCurrent, parseSpecificationBytes, serializeSpecification, Specification } from '../../../shared/specification';
import { encode, fixtureBytes } from './fixtures';

const now = new Date('2026-03-02T08:00:00Z');

function readVersion0() {
  const result = parseSpecificationBytes(fixtureBytes('version-0.kravspec'), { now });
  if (!result.ok) throw new Error(result.problem.message);
  return result;
}

describe('format version 0', () => {
  it('migrates to the current version and validates', () => {
    const { specification, migratedFrom } = readVersion0();
    expect(migratedFrom).toBe(0);
    expect(specification.schemaVersion).toBe(4);
    expect(specification.procurement.variants).toEqual({ allowed: null, conditions: '' });
    expect(specification.title).toBe('Webbplats och e-tjänster för Lillåns kommun');
    expect(specification.languages).toEqual(['sv']);
    expect(specification.primaryLanguage).toBe('sv');
    expect(specification.buyer).toEqual({ name: 'Lillåns kommun', organisationNumber: '2120001975', contact: {} });
    expect(specification.procurement.currency).toBe('SEK');
    expect(specification.createdAt).toBe('2024-05-14T15:02:11Z');
  });

  it('makes one section per distinct section title, in order of first use', () => {
    const { specification } = readVersion0();
    expect(specification.sections).toEqual([
      { id: 'section-1', parentId: null, order: 0, title: { sv: 'Tillgänglighet' } },
      { id: 'section-2', parentId: null, order: 1, title: { sv: 'Publicering' } },
      { id: 'section-3', parentId: null, order: 2, title: { sv: 'Drift' } },
    ]);
  });

  it('carries every requirement over with its section, obligation and text', () => {
    const { specification } = readVersion0();
    expect(specification.requirements.map((r) => [r.id, r.sectionId, r.order, r.obligation, r.answerType.kind])).toEqual([
      ['K1', 'section-1', 0, 'mandatory', 'confirmation'],
      ['K2', 'section-2', 0, 'mandatory', 'confirmation'],
      ['K3', 'section-1', 1, 'evaluated', 'text'],
      ['K4', 'section-3', 0, 'mandatory', 'confirmation'],
      ['K-5', 'section-2', 1, 'evaluated', 'text'],
    ]);
    expect(specification.requirements[3]?.text).toEqual({ sv: 'Webbplatsen ska vara tillgänglig minst 99,5 % per månad, mätt dygnet runt.' });
  });

  it('records the migration in the revisions', () => {
    expect(readVersion0().specification.revisions).toEqual([{ at: '2026-03-02T08:00:00.000Z', summary: 'Migrated from format version 0' }]);
  });

  it('gives the same id every time the same file is opened, and the result saves and reopens', () => {
    const first = readVersion0().specification;
    const second = readVersion0().specification;
    expect(first.id).toBe(second.id);
    const reopened = parseSpecificationBytes(encode(serializeSpecification(first)));
    expect(reopened.ok && reopened.migratedFrom).toBeNull();
    expect(reopened.ok && reopened.specification).toEqual(first);
  });

  it('keeps an organisation number that fails its check, for the user to correct', () => {
    const old = JSON.parse(new TextDecoder().decode(fixtureBytes('version-0.kravspec'))) as { buyer: { orgNumber: string } };
    old.buyer.orgNumber = '212000-1976';
    const result = parseSpecificationBytes(encode(JSON.stringify(old)), { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.specification.buyer.organisationNumber).toBe('212000-1976');
    expect(contentProblems(result.specification).map((p) => p.path)).toEqual(['$.buyer.organisationNumber']);
  });

  it('refuses a broken version 0 file with paths into the old format', () => {
    const result = parseSpecificationBytes(encode('{"format":"kravstudio-specification","version":0,"title":"x","jurisdiction":"se","language":"fi","buyer":{"name":"","orgNumber":""},"requirements":[{"id":"K1","section":"A","text":"t"}]}'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('invalid');
    expect(result.problem.issues.map((issue) => issue.path)).toEqual(['$.language', '$.requirements[0].mandatory']);
    expect(result.problem.message).toMatch(/^The version 0 document has 2 problems/);
  });
});

describe('format version 1', () => {
  function readVersion1() {
    const result = parseSpecificationBytes(fixtureBytes('version-1.kravspec'), { now });
    if (!result.ok) throw new Error(result.problem.message);
    return result;
  }

  it('gains undecided variants, and keeps everything else as it was', () => {
    const { specification, migratedFrom } = readVersion1();
    expect(migratedFrom).toBe(1);
    expect(specification.schemaVersion).toBe(4);
    expect(specification.procurement.variants).toEqual({ allowed: null, conditions: '' });
    const rich = parseSpecificationBytes(fixtureBytes('rich.kravspec'));
    if (!rich.ok) throw new Error(rich.problem.message);
    const { variants: _migrated, ...procurement } = specification.procurement;
    const { variants: _current, ...richProcurement } = rich.specification.procurement;
    expect(procurement).toEqual(richProcurement);
    expect({ ...specification, procurement: null, revisions: null }).toEqual({ ...rich.specification, procurement: null, revisions: null });
  });

  it('records the migration once, after the revisions the file had', () => {
    const { specification } = readVersion1();
    const before = JSON.parse(new TextDecoder().decode(fixtureBytes('version-1.kravspec'))) as { revisions: unknown[] };
    expect(specification.revisions).toEqual([...before.revisions, { at: '2026-03-02T08:00:00.000Z', summary: 'Migrated from format version 1' }]);
  });
});

describe('migrateToCurrent', () => {
  it('leaves a current document as it is', () => {
    const raw = { format: 'kravstudio-specification', schemaVersion: 4, title: 'x' };
    expect(migrateToCurrent(raw)).toEqual({ ok: true, document: raw, fromVersion: 4 });
  });

  it('refuses newer versions and other formats', () => {
    expect(migrateToCurrent({ format: 'kravstudio-specification', schemaVersion: 7 })).toMatchObject({ ok: false, problem: { code: 'newer-version' } });
    expect(migrateToCurrent({ format: 'kravstudio-specification', version: 5 })).toMatchObject({ ok: false, problem: { code: 'newer-version', issues: [{ path: '$.version' }] } });
    expect(migrateToCurrent({ format: 'something-else', schemaVersion: 1 })).toMatchObject({ ok: false, problem: { code: 'wrong-format' } });
    expect(migrateToCurrent(null)).toMatchObject({ ok: false, problem: { code: 'wrong-format' } });
  });
});

describe('format version 2', () => {
  function readVersion2() {
    const result = parseSpecificationBytes(fixtureBytes('version-2.kravspec'), { now });
    if (!result.ok) throw new Error(result.problem.message);
    return result;
  }

  it('escapes what rich text would read as markup, so that a plain text prints as it did', () => {
    const { specification, migratedFrom } = readVersion2();
    expect(migratedFrom).toBe(2);
    expect(specification.schemaVersion).toBe(4);
    const requirement = specification.requirements.find((r) => r.id === 'K-OMF-01');
    expect(requirement?.text.sv).toContain(String.raw`Loggfiler (\*.log) och fältet user\_id sparas \[se bilaga\].`);
    // The English text had nothing to escape and is unchanged.
    expect(requirement?.text.en).toBe('The service shall be dimensioned for at least {users} concurrent users and {casesPerYear} new cases per year.');
  });

  it('keeps lines written as "- " lists, which now print as real lists', () => {
    const { specification } = readVersion2();
    expect(specification.sections[0]?.intro?.sv).toMatch(/\n- Omfattning\n- Volymer$/);
  });

  it('changes nothing else, and records the migration once', () => {
    const { specification } = readVersion2();
    const rich = parseSpecificationBytes(fixtureBytes('rich.kravspec'));
    if (!rich.ok) throw new Error(rich.problem.message);
    const withoutTexts = (spec: typeof specification) => ({ ...spec, requirements: spec.requirements.slice(1), sections: spec.sections.slice(1), revisions: null });
    expect(withoutTexts(specification)).toEqual(withoutTexts(rich.specification));
    expect(specification.revisions.at(-1)).toEqual({ at: '2026-03-02T08:00:00.000Z', summary: 'Migrated from format version 2' });
  });

  it('a version 1 file goes through every step to the current version', () => {
    const result = parseSpecificationBytes(fixtureBytes('version-1.kravspec'), { now });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.specification.schemaVersion).toBe(4);
    expect(result.specification.revisions.filter((revision) => revision.summary.startsWith('Migrated'))).toHaveLength(1);
  });
});

describe('format version 3', () => {
  it('means the same in version 4: only the version number changes, and the migration is recorded once', () => {
    const result = parseSpecificationBytes(fixtureBytes('version-3.kravspec'), { now });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.migratedFrom).toBe(3);
    expect(result.specification.schemaVersion).toBe(4);
    const rich = parseSpecificationBytes(fixtureBytes('rich.kravspec'));
    if (!rich.ok) throw new Error(rich.problem.message);
    expect({ ...result.specification, revisions: null }).toEqual({ ...rich.specification, revisions: null });
    expect(result.specification.revisions).toEqual([...rich.specification.revisions, { at: '2026-03-02T08:00:00.000Z', summary: 'Migrated from format version 3' }]);
  });

  it('a version 4 reader takes the new evaluation fields: scales, amounts, maximum points, the new formulas and a simulation', () => {
    const rich = parseSpecificationBytes(fixtureBytes('rich.kravspec'));
    if (!rich.ok) throw new Error(rich.problem.message);
    const spec = rich.specification;
    const evaluation = {
      ...spec.evaluation,
      method: 'value-addition' as const,
      priceFormula: 'interpolated' as const,
      maxPoints: 10,
      criteria: spec.evaluation.criteria.map((criterion) => ({ ...criterion, scale: { min: 1, max: 5 }, amount: 20000 })),
      simulation: { bids: [{ id: 'bid-a', name: 'A', price: '100000.50', scores: { 'crit-1': 3 } }], exportExample: false },
    };
    const bytes = encode(serializeSpecification({ ...spec, evaluation }));
    const reread = parseSpecificationBytes(bytes);
    if (!reread.ok) throw new Error(reread.problem.message);
    expect(reread.specification.evaluation).toEqual(evaluation);
  });

  it('refuses a scale whose top is not above its bottom, and a price with more than two decimals', () => {
    const rich = parseSpecificationBytes(fixtureBytes('rich.kravspec'));
    if (!rich.ok) throw new Error(rich.problem.message);
    const spec = rich.specification;
    const withScale = { ...spec, evaluation: { ...spec.evaluation, criteria: spec.evaluation.criteria.map((c) => ({ ...c, scale: { min: 5, max: 5 } })) } };
    expect(Specification.safeParse(withScale).success).toBe(false);
    const withPrice = { ...spec, evaluation: { ...spec.evaluation, simulation: { bids: [{ id: 'a', name: 'A', price: '1.005', scores: {} }] } } };
    expect(Specification.safeParse(withPrice).success).toBe(false);
  });
});
