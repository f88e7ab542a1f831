import { useLayoutEffect, useState } from 'react';

/** The section tree's width when it is open. */
export const treeWidth = 220;
/** The narrowest list that still shows about 40 characters of each requirement's text beside its number. */
export const listMin = 360;
/** The narrowest editor whose fields still sit in one readable column. */
export const editorMin = 420;
/** The separator between the list and the editor, and the gap on either side of it. */
const separatorWidth = 12;
const gap = 8;
/**
 * From this width on, the editor sits beside the list; below it, the editor
 * takes the list's place. Measured: a list of `listMin` and an editor of a
 * little more than `editorMin` with the tree closed; the tree, when open,
 * takes its width from the list and the editor.
 */
export const sideBySideFrom = 980;
/** Below this width the tree starts closed (unless the user opened it): the list needs the room. */
export const treeOpenFrom = 640;

export interface PaneLayout {
  /** The editor beside the list (true), or in its place (false). */
  sideBySide: boolean;
  treeOpen: boolean;
  /** The editor's width when it is beside the list, kept between its least and greatest. */
  editorWidth: number;
  editorMin: number;
  editorMax: number;
  /** The width the list and the editor share. */
  span: number;
  /** CSS grid columns: tree (when open), list, then separator and editor when side by side. */
  columns: string;
}

/**
 * How the Requirements step divides its width: the remembered choices
 * (tree open, editor width) where they fit, the defaults where none was made.
 */
export function paneLayout(width: number, remembered: { sectionTreeOpen: boolean | null; editorWidth: number | null }): PaneLayout {
  const treeOpen = remembered.sectionTreeOpen ?? width >= treeOpenFrom;
  const sideBySide = width >= sideBySideFrom;
  const tree = treeOpen ? treeWidth + gap : 0;
  const span = Math.max(0, width - tree - (sideBySide ? separatorWidth + 2 * gap : 0));
  const most = Math.max(editorMin, span - listMin);
  const editorWidth = Math.round(Math.max(editorMin, Math.min(most, remembered.editorWidth ?? span * 0.55)));
  const treeColumn = treeOpen ? `${treeWidth}px ` : '';
  const columns = sideBySide ? `${treeColumn}minmax(0, 1fr) ${separatorWidth}px ${editorWidth}px` : `${treeColumn}minmax(0, 1fr)`;
  return { sideBySide, treeOpen, editorWidth, editorMin, editorMax: most, span, columns };
}

/** The element's content width, followed as it changes (0 until it is drawn). */
export function useWidthOf(element: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const node = element.current;
    if (node === null || typeof ResizeObserver === 'undefined') return;
    // The observer reports the first width as soon as it starts watching, before the page is painted.
    const observer = new ResizeObserver(() => setWidth(node.clientWidth));
    observer.observe(node);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
