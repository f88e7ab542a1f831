/**
 * Compares two versions of a specification the way a reader would: which
 * requirements were added, removed or changed, and which other parts of the
 * document differ. Used by the Versions view before restoring a backup.
 */
import type { VersionComparison } from './documents';
import type { Specification } from './specification/model';
import { textIn } from './text/localised';

type Requirement = Specification['requirements'][number];

function textOf(requirement: Requirement, language: Specification['primaryLanguage']): string {
  return textIn(requirement.text, language);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** What changes if `current` is replaced by `stored`, seen from `current`. */
export function compareVersions(current: Specification, stored: Specification): VersionComparison {
  const language = current.primaryLanguage;
  const currentById = new Map(current.requirements.map((r) => [r.id, r]));
  const storedById = new Map(stored.requirements.map((r) => [r.id, r]));
  const added = stored.requirements
    .filter((r) => !currentById.has(r.id))
    .map((r) => ({ id: r.id, text: textOf(r, language) }));
  const removed = current.requirements
    .filter((r) => !storedById.has(r.id))
    .map((r) => ({ id: r.id, text: textOf(r, language) }));
  const changed = stored.requirements.flatMap((r) => {
    const now = currentById.get(r.id);
    if (now === undefined) return [];
    const fields = (Object.keys({ ...now, ...r }) as (keyof Requirement)[]).filter((key) => !same(now[key], r[key]));
    return fields.length === 0 ? [] : [{ id: r.id, text: textOf(r, language), fields: fields.map(String) }];
  });
  const skip = new Set(['requirements', 'title', 'updatedAt', 'revisions']);
  const otherChanges = (Object.keys({ ...current, ...stored }) as (keyof Specification)[])
    .filter((key) => !skip.has(key) && !same(current[key], stored[key]))
    .map(String);
  return { titleChanged: current.title !== stored.title, added, removed, changed, otherChanges };
}
