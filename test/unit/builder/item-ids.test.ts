import { describe, expect, it } from 'vitest';
import { nextItemId } from '../../../shared/builder/item-ids';

describe('nextItemId', () => {
  it('numbers after the items already there', () => {
    expect(nextItemId('need', [])).toBe('need-1');
    expect(nextItemId('need', [{ id: 'need-1' }, { id: 'need-2' }])).toBe('need-3');
  });
  it('counts only the items with the same prefix', () => {
    expect(nextItemId('own', [{ id: 'SAAS-WORKFLOW-01' }, { id: 'SAAS-ROLES-01' }])).toBe('own-1');
  });
  it('skips ids taken after a delete left a gap', () => {
    expect(nextItemId('goal', [{ id: 'goal-2' }])).toBe('goal-3');
    expect(nextItemId('goal', [{ id: 'goal-1' }, { id: 'goal-3' }])).toBe('goal-4');
  });
});
