import { describe, expect, it } from 'vitest';
import { serializeParsedSpecification } from '../../../shared/specification/document-file';
import { IncrementalSerializer } from '../../../shared/specification/incremental-serializer';
import { Specification } from '../../../shared/specification/model';
import { makeLargeSpecification } from '../../support/large-specification';

describe('incremental serializer', () => {
  it('writes byte for byte what the plain serializer writes, across a series of edits', () => {
    const serializer = new IncrementalSerializer();
    const large = makeLargeSpecification(200, 7);
    // Criteria pointing at requirements would stop the removals below from validating.
    let spec = Specification.parse({ ...large, evaluation: { ...large.evaluation, criteria: large.evaluation.criteria.map((c) => ({ ...c, requirementIds: [] })) } });
    expect(new TextDecoder().decode(serializer.bytes(spec))).toBe(serializeParsedSpecification(spec));
    const edits: ((s: Specification) => Specification)[] = [
      (s) => ({ ...s, title: `${s.title} (ny)` }),
      (s) => ({ ...s, requirements: s.requirements.map((r, i) => (i === 5 ? { ...r, notes: 'ändrad "med" citat\nrad två' } : r)) }),
      (s) => ({ ...s, requirements: s.requirements.slice(1) }),
      (s) => ({ ...s, requirements: [...s.requirements].reverse() }),
      (s) => ({ ...s, requirements: [...s.requirements, ...s.requirements.slice(0, 1).map((r) => ({ ...r, id: 'K-NY-1' }))] }),
      (s) => ({ ...s, requirements: s.requirements.map((r) => ({ ...r, parameters: r.parameters.map((p) => ({ ...p, value: 42 })) })) }),
      (s) => ({ ...s, requirements: [] }),
      (s) => ({ ...s, requirements: Specification.parse(makeLargeSpecification(3, 9)).requirements }),
    ];
    for (const edit of edits) {
      spec = Specification.parse(edit(spec));
      expect(new TextDecoder().decode(serializer.bytes(spec))).toBe(serializeParsedSpecification(spec));
    }
  });
});
