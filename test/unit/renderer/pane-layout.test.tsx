import { describe, expect, it } from 'vitest';
import { editorMin, listMin, paneLayout, sideBySideFrom, treeOpenFrom, treeWidth } from '../../../renderer/src/builder/requirements/pane-layout';
import { RequirementsLayout, Settings } from '../../../shared/settings';

const nothingChosen = { sectionTreeOpen: null, editorWidth: null };

describe('the Requirements step divides its width', () => {
  it('puts the editor in the list\'s place in a narrow step, beside it in a wide one', () => {
    expect(paneLayout(sideBySideFrom - 1, nothingChosen).sideBySide).toBe(false);
    expect(paneLayout(sideBySideFrom, nothingChosen).sideBySide).toBe(true);
    expect(paneLayout(700, nothingChosen).columns).toBe(`${treeWidth}px minmax(0, 1fr)`);
  });

  it('starts with the tree closed when the list needs the room, and follows the user\'s choice once made', () => {
    expect(paneLayout(treeOpenFrom - 1, nothingChosen).treeOpen).toBe(false);
    expect(paneLayout(treeOpenFrom, nothingChosen).treeOpen).toBe(true);
    expect(paneLayout(1400, { ...nothingChosen, sectionTreeOpen: false }).treeOpen).toBe(false);
    expect(paneLayout(500, { ...nothingChosen, sectionTreeOpen: true }).treeOpen).toBe(true);
  });

  it('keeps a remembered editor width between the editor\'s least and what leaves the list its least', () => {
    const wide = paneLayout(1320, { sectionTreeOpen: true, editorWidth: 5000 });
    expect(wide.editorWidth).toBe(wide.span - listMin);
    expect(paneLayout(1320, { sectionTreeOpen: true, editorWidth: 10 }).editorWidth).toBe(editorMin);
    expect(paneLayout(1320, { sectionTreeOpen: false, editorWidth: 600 }).editorWidth).toBe(600);
    expect(paneLayout(1320, { sectionTreeOpen: false, editorWidth: 600 }).columns).toBe('minmax(0, 1fr) 12px 600px');
  });
});

describe('the remembered layout in the settings', () => {
  it('is optional (settings written before it still read) and refuses what it does not know', () => {
    expect(Settings.parse({ language: null, theme: 'system' })).toEqual({ language: null, theme: 'system' });
    expect(RequirementsLayout.safeParse({ editorWidth: 600, sectionTreeOpen: true }).success).toBe(true);
    expect(RequirementsLayout.safeParse({ editorWidth: -5, sectionTreeOpen: true }).success).toBe(false);
    expect(RequirementsLayout.safeParse({ editorWidth: 600, sectionTreeOpen: true, extra: 1 }).success).toBe(false);
  });
});
