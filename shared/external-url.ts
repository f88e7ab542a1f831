/**
 * The only URLs Kravstudio hands to the operating system's browser:
 * absolute https URLs with a host name, no user name or password, and no
 * control or whitespace characters. Returns the normalised URL, or null.
 */
export function validateExternalUrl(candidate: string): string | null {
  if (candidate.length > 2048) return null;
  for (const char of candidate) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || code === 0x7f || /\s/.test(char)) return null;
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '' || !url.hostname.includes('.')) return null;
  return url.toString();
}
