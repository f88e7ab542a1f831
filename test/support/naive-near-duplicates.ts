/**
 * The reference for SET01, written for being obviously right rather than
 * fast: every requirement is compared with every earlier one. Two texts are
 * near-duplicates when their sets of words (letters and digits, lower-cased,
 * longer than two characters) have a Jaccard similarity of at least 0.9 and
 * each set has at least four words; a requirement is paired with the
 * earliest such requirement before it. The similarity is compared in whole
 * numbers (10 · shared ≥ 9 · union), so no rounding can differ.
 */
export function naiveNearDuplicates(requirements: readonly { id: string; text: string }[]): Map<string, string> {
  const sets = requirements.map((r) => new Set(r.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2)));
  const out = new Map<string, string>();
  sets.forEach((own, position) => {
    if (own.size < 4) return;
    for (let earlier = 0; earlier < position; earlier += 1) {
      const other = sets[earlier] as Set<string>;
      if (other.size < 4) continue;
      // The shared words are at most the smaller set and the union at least the larger: no need to count.
      if (10 * Math.min(own.size, other.size) < 9 * Math.max(own.size, other.size)) continue;
      let shared = 0;
      for (const word of own) if (other.has(word)) shared += 1;
      const union = own.size + other.size - shared;
      if (10 * shared >= 9 * union) {
        out.set((requirements[position] as { id: string }).id, (requirements[earlier] as { id: string }).id);
        return;
      }
    }
  });
  return out;
}
