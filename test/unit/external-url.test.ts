import { describe, expect, it } from 'vitest';
import { validateExternalUrl } from '../../shared/external-url';

describe('validateExternalUrl', () => {
  it.each([
    'https://www.upphandlingsmyndigheten.se/',
    'https://anskaffelser.no/verktoy/veiledere',
    'https://github.com/kravstudio/kravstudio?tab=readme#top',
  ])('allows %s', (url) => {
    expect(validateExternalUrl(url)).toBe(new URL(url).toString());
  });

  it.each([
    'http://example.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://kravstudio/index.html',
    'data:text/html,<script>alert(1)</script>',
    'https://user:secret@example.com/',
    'https://localhost/',
    'https://exa mple.com/',
    'https://example.com/\nSet-Cookie: x',
    '<img src=x onerror=alert(1)>',
    '',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %j', (url) => {
    expect(validateExternalUrl(url)).toBeNull();
  });
});
