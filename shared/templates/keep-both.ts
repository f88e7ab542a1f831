/**
 * "Keep both": an imported pack or course whose id the library already has
 * is added as a copy, under a free id and a title that says it is a copy, in
 * each language the title is written in.
 */
const copyWord = { sv: 'kopia', nb: 'kopi', en: 'copy' } as const;

type Titled = Partial<Record<keyof typeof copyWord, string>>;

/** The title with "(copy)" / "(copy 2)" … in each of its languages. */
export function copyTitle<T extends Titled>(title: T, copyNumber: number): T {
  const out: Titled = { ...title };
  for (const language of Object.keys(copyWord) as (keyof typeof copyWord)[]) {
    const text = title[language];
    if (text !== undefined) out[language] = `${text} (${copyWord[language]}${copyNumber > 1 ? ` ${String(copyNumber)}` : ''})`;
  }
  return out as T;
}

/** The first of `id-copy`, `id-copy-2`, … that `taken` does not have, with its copy number; ids stay within `maxLength`. */
export function copyId(id: string, taken: (candidate: string) => boolean, maxLength = 100): { id: string; copyNumber: number } {
  for (let n = 1; n < 10_000; n += 1) {
    const suffix = n === 1 ? '-copy' : `-copy-${String(n)}`;
    const candidate = `${id.slice(0, maxLength - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken(candidate)) return { id: candidate, copyNumber: n };
  }
  throw new Error(`No free copy id for ${id}`);
}
