import { describe, expect, it } from 'vitest';
import { changeProcurement, withOptional } from '../../../shared/builder/procurement-edits';
import { Specification } from '../../../shared/specification/model';
import { makeLargeSpecification } from '../../support/large-specification';

describe('procurement edits', () => {
  it('changes only the procurement part of the document', () => {
    const spec = makeLargeSpecification(3, 1);
    const next = changeProcurement(spec, (procurement) => ({ ...procurement, contractPeriod: withOptional(procurement.contractPeriod, 'durationMonths', 24) }));
    expect(next.procurement.contractPeriod.durationMonths).toBe(24);
    expect(next.requirements).toBe(spec.requirements);
    expect(Specification.safeParse(next).success).toBe(true);
  });

  it('clearing an optional field leaves the key out, as the schema wants (it has no nulls)', () => {
    const spec = changeProcurement(makeLargeSpecification(3, 1), (procurement) => ({
      ...procurement,
      contractPeriod: withOptional(procurement.contractPeriod, 'durationMonths', 36),
    }));
    const cleared = changeProcurement(spec, (procurement) => ({ ...procurement, contractPeriod: withOptional(procurement.contractPeriod, 'durationMonths', null) }));
    expect('durationMonths' in cleared.procurement.contractPeriod).toBe(false);
    expect(Specification.safeParse(cleared).success).toBe(true);
  });
});
