/**
 * Strict UTF-8 decoding for document files: a byte order mark is allowed and
 * dropped, anything malformed is refused with the place it starts.
 */
export type Utf8Result = { ok: true; text: string } | { ok: false; offset: number; line: number };

export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = Math.max(0, firstMalformedOffset(bytes));
    let line = 1;
    for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
    return { ok: false, offset, line };
  }
}

/**
 * The offset of the first byte that starts a malformed sequence, following
 * the same rules as the decoder (no overlong forms, no surrogates, nothing
 * above U+10FFFF), or -1 when every sequence is well formed.
 */
export function firstMalformedOffset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let continuation: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      continuation = 1;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      continuation = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      continuation = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else {
      return index;
    }
    for (let step = 1; step <= continuation; step += 1) {
      const next = bytes[index + step];
      if (next === undefined || next < lower || next > upper) return index;
      lower = 0x80;
      upper = 0xbf;
    }
    index += continuation + 1;
  }
  return -1;
}
