import { describe, expect, it } from 'vitest';
import { canonicalJson, specificationFingerprint } from '../../../shared/response/fingerprint';
import type { Specification } from '../../../shared/specification/model';
import { loadSpecification, richFixturePath } from '../../support/large-specification';

const rich = (): Specification => structuredClone(loadSpecification(richFixturePath));

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reverseKeys(item)]));
  return value;
}

describe('the specification fingerprint', () => {
  it('is 64 hexadecimal characters and the same whatever the order of keys', () => {
    const spec = rich();
    const fingerprint = specificationFingerprint(spec);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(specificationFingerprint(reverseKeys(spec) as Specification)).toBe(fingerprint);
    expect(canonicalJson({ b: 1, a: [2, { d: null, c: 'x' }] })).toBe('{"a":[2,{"c":"x","d":null}],"b":1}');
  });

  it('changes when a requirement text changes, and not when notes or editing dates do', () => {
    const spec = rich();
    const before = specificationFingerprint(spec);
    const first = spec.requirements[0];
    if (first === undefined) throw new Error('the fixture has requirements');

    const notes = structuredClone(spec);
    notes.requirements[0] = { ...first, notes: `${first.notes} checked with legal` };
    notes.updatedAt = '2030-01-01T00:00:00Z';
    expect(specificationFingerprint(notes)).toBe(before);

    const text = structuredClone(spec);
    text.requirements[0] = { ...first, text: { ...first.text, sv: `${first.text.sv ?? ''} Ändrad.` } };
    expect(specificationFingerprint(text)).not.toBe(before);

    const obligation = structuredClone(spec);
    obligation.requirements[0] = { ...first, obligation: first.obligation === 'mandatory' ? 'evaluated' : 'mandatory' };
    expect(specificationFingerprint(obligation)).not.toBe(before);
  });

  it('does not depend on where a requirement sits in the list', () => {
    const spec = rich();
    const shuffled = { ...spec, requirements: [...spec.requirements].reverse() };
    expect(specificationFingerprint(shuffled)).toBe(specificationFingerprint(spec));
  });
});
