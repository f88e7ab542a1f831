/**
 * Checks on an image file the user picks as the buyer's logo, before the app
 * reads it further: only PNG and SVG, recognised by their content as well as
 * their name, and no larger than the document keeps. Pure, so the renderer
 * and the tests share one answer.
 */
import { maxCoverImageBytes } from '../specification/model/buyer';

export type CoverImageKind = 'png' | 'svg';

/** The most SVG text the document keeps (CoverImage.svg). */
export const maxCoverSvgBytes = 256 * 1024;

/** The longest side of the PNG rendered from an SVG, in pixels: sharp on a printed cover, small in the file. */
export const svgRenderSide = 1200;

export type CoverImageProblem =
  | { kind: 'type' }
  | { kind: 'tooLarge'; limitBytes: number }
  | { kind: 'unreadable' };

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What the file is by its first bytes (and, for SVG, its name): PNG by its signature, SVG by an <svg element near its start. */
export function coverImageKind(name: string, head: Uint8Array): CoverImageKind | null {
  if (pngSignature.every((byte, index) => head[index] === byte)) return 'png';
  if (!/\.svg$/i.test(name)) return null;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  return /<svg[\s>]/i.test(text) ? 'svg' : null;
}

/** Why a picked file cannot be the logo, or null when it may be read: type first, then size. */
export function coverImageProblem(name: string, size: number, head: Uint8Array): CoverImageProblem | null {
  const kind = coverImageKind(name, head);
  if (kind === null) return { kind: 'type' };
  const limitBytes = kind === 'png' ? maxCoverImageBytes : maxCoverSvgBytes;
  if (size > limitBytes) return { kind: 'tooLarge', limitBytes };
  return null;
}

/** The pixel size an SVG is rendered at: its own proportions (300 × 150 when it states none), the longer side `svgRenderSide`. */
export function svgRenderSize(naturalWidth: number, naturalHeight: number): { width: number; height: number } {
  const width = naturalWidth > 0 ? naturalWidth : 300;
  const height = naturalHeight > 0 ? naturalHeight : 150;
  const scale = svgRenderSide / Math.max(width, height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
