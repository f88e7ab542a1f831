import { describe, expect, it } from 'vitest';
import { answerKinds, parseSpecificationBytes, serializeSpecification, Specification } from '../../shared/specification';
import { makeLargeSpecification } from '../support/large-specification';

const words = (text: string | undefined): number => (text ?? '').split(/\s+/).filter((word) => word !== '').length;

describe('makeLargeSpecification', () => {
  const spec = makeLargeSpecification(1000);

  it('makes a valid document with the requested number of requirements', () => {
    expect(Specification.safeParse(spec).success).toBe(true);
    expect(spec.requirements).toHaveLength(1000);
    expect(new Set(spec.requirements.map((requirement) => requirement.id)).size).toBe(1000);
  });

  it('spreads the requirements over a two-level outline of 25 sections', () => {
    expect(spec.sections).toHaveLength(25);
    const parents = new Map(spec.sections.map((section) => [section.id, section.parentId]));
    for (const section of spec.sections) {
      if (section.parentId !== null) expect(parents.get(section.parentId)).toBeNull();
    }
    expect(new Set(spec.requirements.map((requirement) => requirement.sectionId)).size).toBe(25);
  });

  it('writes Swedish and English text of 15–60 words and uses every answer kind and some parameters', () => {
    const lengths = spec.requirements.flatMap((requirement) => [words(requirement.text.sv), words(requirement.text.en)]);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(15);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(60);
    expect(new Set(lengths).size).toBeGreaterThan(20);
    expect(new Set(spec.requirements.map((requirement) => requirement.answerType.kind))).toEqual(new Set(answerKinds));
    const withParameters = spec.requirements.filter((requirement) => requirement.parameters.length > 0).length;
    expect(withParameters).toBeGreaterThan(100);
    expect(withParameters).toBeLessThan(900);
    for (const requirement of spec.requirements) {
      for (const parameter of requirement.parameters) expect(requirement.text.sv).toContain(`{${parameter.name}}`);
    }
  });

  it('round-trips: serialize → parse gives an equal document and the same text', () => {
    const text = serializeSpecification(spec);
    const reopened = parseSpecificationBytes(new TextEncoder().encode(text));
    expect(reopened.ok && reopened.migratedFrom).toBeNull();
    if (!reopened.ok) return;
    expect(reopened.specification).toEqual(spec);
    expect(serializeSpecification(reopened.specification)).toBe(text);
  });

  it('is deterministic: the same seed gives the same document, another seed another one', () => {
    expect(makeLargeSpecification(1000)).toEqual(spec);
    expect(makeLargeSpecification(1000, 1)).toEqual(spec);
    const other = makeLargeSpecification(1000, 2);
    expect(other.id).not.toBe(spec.id);
    expect(other.requirements.map((requirement) => requirement.text.sv)).not.toEqual(spec.requirements.map((requirement) => requirement.text.sv));
  });

  it('makes small and empty documents too', () => {
    expect(Specification.safeParse(makeLargeSpecification(0)).success).toBe(true);
    expect(makeLargeSpecification(answerKinds.length, 3).requirements.map((requirement) => requirement.answerType.kind)).toEqual([...answerKinds]);
  });
});
