/**
 * The edits of the Procurement step, as pure functions: a change to the
 * procurement part of the document, and setting or clearing an optional
 * field (the schema has no nulls there, so a cleared field is left out).
 */
import type { CoverImage, Procurement, Specification } from '../specification/model';

/** The document with its procurement part changed. */
export function changeProcurement(spec: Specification, change: (procurement: Procurement) => Procurement): Specification {
  return { ...spec, procurement: change(spec.procurement) };
}

/** An object without the optional key when the value is null (the schema has no nulls there). */
export function withOptional<T extends object, K extends keyof T>(item: T, key: K, value: T[K] | null): T {
  if (value !== null && value !== undefined) return { ...item, [key]: value };
  return Object.fromEntries(Object.entries(item).filter(([name]) => name !== key)) as T;
}

/** The buyer's logo for the cover; undefined removes it. */
export function setBuyerLogo(spec: Specification, logo: CoverImage | undefined): Specification {
  return { ...spec, buyer: withOptional(spec.buyer, 'logo', logo ?? null) };
}
