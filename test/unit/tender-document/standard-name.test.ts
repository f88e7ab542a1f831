import { describe, expect, it } from 'vitest';
import { standardName } from '../../../shared/templates/catalogues';

describe('a standard named with its version', () => {
  it('adds the version once, never twice ("WCAG 2.1", not "WCAG 2.1 2.1")', () => {
    expect(standardName({ name: 'WCAG', version: '2.1' }, 'sv')).toBe('WCAG 2.1');
    expect(standardName({ name: 'WCAG 2.1', version: '2.1' }, 'sv')).toBe('WCAG 2.1');
    expect(standardName({ name: 'OpenAPI', version: null }, 'sv')).toBe('OpenAPI');
  });
});
