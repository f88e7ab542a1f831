/** The reader the DOCX tests rely on must itself refuse what is not well-formed. */
import { describe, expect, it } from 'vitest';
import { parseXml, textOf } from '../../support/word-package';

describe('the strict XML reader used by the DOCX tests', () => {
  it('reads elements, attributes, entities and text', () => {
    const root = parseXml('<?xml version="1.0"?><w:p a="x &amp; y"><w:r><w:t>A &lt;b&gt; &#169; &#x1F4C4;</w:t></w:r></w:p>');
    expect(root.attributes['a']).toBe('x & y');
    expect(textOf(root)).toBe('A <b> © 📄');
  });

  it.each([
    ['unbalanced tags', '<a><b></a>'],
    ['an unclosed element', '<a><b/>'],
    ['a bare ampersand', '<a>x & y</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a control character', '<a>x\u0001</a>'],
    ['a vertical tab', '<a>x\u000By</a>'],
    ['an entity for a forbidden character', '<a>&#1;</a>'],
    ['an unquoted attribute', '<a b=c/>'],
    ['a duplicate attribute', '<a b="1" b="2"/>'],
    ['two root elements', '<a/><b/>'],
    ['a "<" in an attribute', '<a b="<"/>'],
  ])('refuses %s', (_, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });
});
