/**
 * Writes the same bytes as serializeParsedSpecification (UTF-8), faster when
 * only a few requirements changed since the last call: the encoded text of
 * each unchanged requirement is reused instead of being stringified and
 * encoded again. Autosave of a large document spends its time here, once per
 * pause in typing.
 */
import type { Requirement, Specification } from './model';

/** Deep equality of JSON values, key order included (the text depends on it). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i += 1) {
    const key = keysA[i] as string;
    if (key !== keysB[i]) return false;
    if (!sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** Where the requirements array goes in the top-level text (a real newline never occurs inside a JSON string). */
const marker = '\n  "requirements": []';
const encoder = new TextEncoder();
const separator = encoder.encode(',\n');

interface Cached {
  requirement: Requirement;
  bytes: Uint8Array;
}

export class IncrementalSerializer {
  #cache = new Map<string, Cached>();

  /** The document as UTF-8 bytes, identical to serializeParsedSpecification's text. */
  bytes(spec: Specification): Uint8Array {
    const outline = JSON.stringify({ ...spec, requirements: [] }, null, 2);
    const at = outline.indexOf(marker);
    if (at === -1 || spec.requirements.length === 0) {
      this.#cache = new Map();
      return encoder.encode(`${JSON.stringify(spec, null, 2)}\n`);
    }
    const next = new Map<string, Cached>();
    const parts: Uint8Array[] = [encoder.encode(`${outline.slice(0, at)}\n  "requirements": [\n`)];
    spec.requirements.forEach((requirement, index) => {
      const cached = this.#cache.get(requirement.id);
      const bytes =
        cached !== undefined && sameJson(cached.requirement, requirement)
          ? cached.bytes
          : encoder.encode(`    ${JSON.stringify(requirement, null, 2).replaceAll('\n', '\n    ')}`);
      next.set(requirement.id, { requirement, bytes });
      if (index > 0) parts.push(separator);
      parts.push(bytes);
    });
    parts.push(encoder.encode(`\n  ]${outline.slice(at + marker.length)}\n`));
    this.#cache = next;
    let length = 0;
    for (const part of parts) length += part.byteLength;
    const out = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.byteLength;
    }
    return out;
  }
}
