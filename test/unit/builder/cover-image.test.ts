import { describe, expect, it } from 'vitest';
import { coverImageKind, coverImageProblem, maxCoverSvgBytes, svgRenderSize } from '../../../shared/builder/cover-image';
import { setBuyerLogo } from '../../../shared/builder/procurement-edits';
import { Specification } from '../../../shared/specification/model';
import { maxCoverImageBytes } from '../../../shared/specification/model/buyer';
import { makeLargeSpecification } from '../../support/large-specification';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const svg = new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"></svg>');

describe('the buyer logo file', () => {
  it('recognises PNG by its signature whatever its name, and SVG by its element and name', () => {
    expect(coverImageKind('logo.bin', png)).toBe('png');
    expect(coverImageKind('logo.svg', svg)).toBe('svg');
    expect(coverImageKind('logo.txt', svg)).toBeNull();
    expect(coverImageKind('logo.png', new TextEncoder().encode('GIF89a'))).toBeNull();
  });

  it('refuses other types, and files over the limit of their type', () => {
    expect(coverImageProblem('photo.jpg', 1000, new Uint8Array([0xff, 0xd8, 0xff]))).toEqual({ kind: 'type' });
    expect(coverImageProblem('logo.png', maxCoverImageBytes + 1, png)).toEqual({ kind: 'tooLarge', limitBytes: maxCoverImageBytes });
    expect(coverImageProblem('logo.png', maxCoverImageBytes, png)).toBeNull();
    expect(coverImageProblem('logo.svg', maxCoverSvgBytes + 1, svg)).toEqual({ kind: 'tooLarge', limitBytes: maxCoverSvgBytes });
  });

  it('renders an SVG at its proportions with the longer side 1,200 pixels', () => {
    expect(svgRenderSize(40, 20)).toEqual({ width: 1200, height: 600 });
    expect(svgRenderSize(0, 0)).toEqual({ width: 1200, height: 600 });
    expect(svgRenderSize(10, 1000)).toEqual({ width: 12, height: 1200 });
  });

  it('is kept on the buyer and removed without a trace', () => {
    const spec = Specification.parse(makeLargeSpecification(2, 1));
    const logo = { name: 'logo.png', png: 'iVBORw0KGgo=', widthPx: 40, heightPx: 20 };
    const withLogo = Specification.parse(setBuyerLogo(spec, logo));
    expect(withLogo.buyer.logo).toEqual(logo);
    expect('logo' in setBuyerLogo(withLogo, undefined).buyer).toBe(false);
  });
});
