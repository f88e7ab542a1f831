import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSpecificationBytes, type Specification } from '../../../shared/specification';

const directory = fileURLToPath(new URL('../../fixtures/documents/', import.meta.url));

/** The bytes of a committed fixture in test/fixtures/documents. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${directory}${name}`));
}

export function fixturePath(name: string): string {
  return `${directory}${name}`;
}

/** A committed fixture read through the real pipeline; fails the test if it does not read. */
export function loadFixture(name: string): Specification {
  const result = parseSpecificationBytes(fixtureBytes(name));
  if (!result.ok) throw new Error(`${name}: ${result.problem.message}`);
  return result.specification;
}

export function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
