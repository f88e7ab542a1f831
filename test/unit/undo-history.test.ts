import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, recordEdit, redo, startHistory, undo, undoLimit } from '../../shared/undo-history';

describe('undo history', () => {
  it('undoes and redoes edits in order', () => {
    let h = startHistory('a');
    h = recordEdit(h, 'ab', 'title', 0);
    h = recordEdit(h, 'abc', 'buyer', 10);
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(h.present).toBe('ab');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    h = redo(h);
    expect(h.present).toBe('abc');
  });

  it('merges typing in one field into one step, but not across a pause or another field', () => {
    let h = startHistory('');
    for (const [i, text] of ['K', 'Kr', 'Kra', 'Krav'].entries()) h = recordEdit(h, text, 'title', i * 100);
    expect(h.past).toEqual(['']);
    h = recordEdit(h, 'Krav!', 'title', 5000);
    expect(h.past).toEqual(['', 'Krav']);
    h = recordEdit(h, 'Krav!?', 'notes', 5100);
    expect(h.past).toEqual(['', 'Krav', 'Krav!']);
  });

  it('a new edit after undo drops the redo branch', () => {
    let h = recordEdit(recordEdit(startHistory(0), 1, 'a', 0), 2, 'b', 2000);
    h = undo(h);
    h = recordEdit(h, 9, 'c', 5000);
    expect(canRedo(h)).toBe(false);
    expect(h.past).toEqual([0, 1]);
  });

  it(`keeps at least 100 steps (up to ${undoLimit})`, () => {
    let h = startHistory(0);
    for (let i = 1; i <= 300; i += 1) h = recordEdit(h, i, `field-${i}`, i * 10_000);
    expect(h.past.length).toBe(undoLimit);
    let steps = 0;
    while (canUndo(h)) {
      h = undo(h);
      steps += 1;
    }
    expect(steps).toBeGreaterThanOrEqual(100);
    expect(h.present).toBe(300 - undoLimit);
  });
});
