/**
 * SET01: a requirement that says (nearly) the same as an earlier one. Two
 * texts are near-duplicates when their sets of words — letters and digits,
 * lower-cased, longer than two characters, each set at least four words —
 * have a Jaccard similarity of at least 0.9; each such requirement is paired
 * with the earliest one before it.
 *
 * Near-linear, and exact (the same pairs as comparing every two texts):
 * - Two sets that similar differ in only a few words: at most
 *   `allowedDifference(a, b)` for sets of a and b words. Spread the words
 *   over one more part than that (by a hash of the word) and, by the
 *   pigeonhole principle, at least one part holds exactly the same words in
 *   both sets. So every set is filed under a key per part — its size, the
 *   number of parts and the part's words — and a set's candidates are the
 *   earlier sets filed under one of its own keys. Only sets of a size that
 *   can reach the threshold are looked up.
 * - A very long text (more than `largestSplitSet` distinct words) would need
 *   too many parts, so sets that long are found the classic way instead: words
 *   ranked rarest first, and two sets that similar share one of the first few
 *   words of each (the prefix filter).
 * - Candidates are compared in document order, each once, and only until the
 *   earliest match is known; a comparison stops once too many words are
 *   missing. A hash collision only adds a candidate, which the comparison
 *   then turns down.
 * - Requirements with exactly the same words share the first one's answer.
 */

/** The similarity threshold, 0.9, as a fraction of whole numbers so that no rounding can move it. */
const thresholdNumerator = 9;
const thresholdDenominator = 10;
/** Sets with fewer words are too short for a repetition to mean anything. */
const minimumWords = 4;
/** Larger sets are compared by the prefix filter, not split into parts (their number grows with the size). */
const largestSplitSet = 100;

export interface TextOfRequirement {
  id: string;
  text: string;
}

/** Whether a code point is a letter or a digit (\p{L} or \p{N}), remembered beyond ASCII. */
const wordCharacter = /^[\p{L}\p{N}]$/u;
const letterOrDigitBeyondAscii = new Map<number, boolean>();
function isLetterOrDigit(codePoint: number): boolean {
  if (codePoint < 0x80) return (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x30 && codePoint <= 0x39) || (codePoint >= 0x41 && codePoint <= 0x5a);
  let known = letterOrDigitBeyondAscii.get(codePoint);
  if (known === undefined) {
    known = wordCharacter.test(String.fromCodePoint(codePoint));
    letterOrDigitBeyondAscii.set(codePoint, known);
  }
  return known;
}

/**
 * The words of a requirement text that count for SET01, in order and with
 * repeats: the lower-cased text's runs of letters and digits longer than two
 * UTF-16 units (what splitting it at every run of other characters gives).
 */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  let at = 0;
  while (at < lower.length) {
    const codePoint = lower.codePointAt(at) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    if (isLetterOrDigit(codePoint)) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      if (at - start > 2) words.push(lower.slice(start, at));
      start = -1;
    }
    at += width;
  }
  if (start >= 0 && lower.length - start > 2) words.push(lower.slice(start));
  return words;
}

/**
 * The fewest words two sets of sizes a and b must share to be similar enough:
 * shared / (a + b − shared) ≥ 9/10 ⇔ 19 · shared ≥ 9 · (a + b).
 */
function sharedNeeded(a: number, b: number): number {
  const numerator = thresholdNumerator * (a + b);
  const denominator = thresholdNumerator + thresholdDenominator;
  return Math.floor((numerator + denominator - 1) / denominator);
}

/** Whether a set of a words can be similar enough to one of b words at all. */
function sizesCompatible(a: number, b: number): boolean {
  return sharedNeeded(a, b) <= Math.min(a, b);
}

/** The most words in which two similar-enough sets of sizes a and b can differ (in either direction). */
function allowedDifference(a: number, b: number): number {
  return a + b - 2 * sharedNeeded(a, b);
}

interface Partners {
  /** The sizes a set can be similar to, each with the number of parts the pair's words are spread over. */
  sizes: readonly { size: number; parts: number }[];
  /** The distinct numbers of parts among them: a set (of a size that is split) is filed under each. */
  partCounts: readonly number[];
  /** The distinct numbers of parts among the partner sizes that are split: what a set looks up. */
  lookupPartCounts: readonly number[];
  /** Whether a partner size is larger than `largestSplitSet`, found by the prefix filter. */
  largePartners: boolean;
}

const partnersBySize = new Map<number, Partners>();

/** What a set of `size` words is compared with, and how it is filed (computed once per size). */
function partnersOf(size: number): Partners {
  let partners = partnersBySize.get(size);
  if (partners === undefined) {
    const low = Math.max(minimumWords, Math.floor((size * thresholdNumerator) / thresholdDenominator) - 1);
    const high = Math.ceil((size * thresholdDenominator) / thresholdNumerator) + 1;
    // A set that is split lists every partner size (a handful); a larger one only the partners that are split, and whether it has larger ones.
    const all: { size: number; parts: number }[] = [];
    const last = size <= largestSplitSet ? high : Math.min(high, largestSplitSet);
    for (let other = low; other <= last; other += 1) {
      if (sizesCompatible(size, other)) all.push({ size: other, parts: allowedDifference(size, other) + 1 });
    }
    let largePartners = false;
    for (let other = Math.max(low, largestSplitSet + 1); other <= high && !largePartners; other += 1) largePartners = sizesCompatible(size, other);
    const split = all.filter((partner) => partner.size <= largestSplitSet);
    partners = {
      sizes: split,
      // Filing under parts is for sets that are split, whose partners are all in `all`.
      partCounts: [...new Set(all.map((partner) => partner.parts))],
      lookupPartCounts: [...new Set(split.map((partner) => partner.parts))],
      largePartners,
    };
    // A bound on what is kept across documents; sizes recur, so this is rarely reached.
    if (partnersBySize.size >= 10_000) partnersBySize.clear();
    partnersBySize.set(size, partners);
  }
  return partners;
}

/** A well-mixed 32-bit hash of a whole number (the finaliser of MurmurHash3). */
function mix(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A running hash with one more number folded in. */
function fold(hash: number, value: number): number {
  const h = Math.imul(hash ^ mix(value), 0x9e3779b1);
  return ((h << 13) | (h >>> 19)) >>> 0;
}

/** A hash as a key that stays a small integer in the engine (30 bits). */
const asKey = (hash: number): number => mix(hash) & 0x3fffffff;

/**
 * The hash of the words in each part of a set (ascending word numbers) when
 * its words are spread over `parts` parts, into `out`.
 */
function hashParts(words: Int32Array, wordParts: Int32Array, parts: number, out: number[]): void {
  out.length = 0;
  for (let part = 0; part < parts; part += 1) out.push(fold(fold(0x2545f491, parts), part));
  for (const word of words) {
    const part = (wordParts[word] as number) % parts;
    out[part] = fold(out[part] as number, word);
  }
}

/** Whether two sets of ascending word numbers hold the same words. */
function sameWords(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let at = 0; at < a.length; at += 1) if (a[at] !== b[at]) return false;
  return true;
}

/**
 * Whether two sets, each given as ascending word numbers, are similar enough.
 * Walks both at once and gives up as soon as more words are missing than
 * the threshold allows.
 */
function similarEnough(own: Int32Array, other: Int32Array): boolean {
  const needed = sharedNeeded(own.length, other.length);
  const ownSpare = own.length - needed;
  const otherSpare = other.length - needed;
  if (ownSpare < 0 || otherSpare < 0) return false;
  let ownMissed = 0;
  let otherMissed = 0;
  let i = 0;
  let j = 0;
  while (i < own.length && j < other.length) {
    const a = own[i] as number;
    const b = other[j] as number;
    if (a === b) {
      i += 1;
      j += 1;
    } else if (a < b) {
      i += 1;
      if (++ownMissed > ownSpare) return false;
    } else {
      j += 1;
      if (++otherMissed > otherSpare) return false;
    }
  }
  return ownMissed + (own.length - i) <= ownSpare && otherMissed + (other.length - j) <= otherSpare;
}

/** Each text's distinct words as ascending numbers, words numbered in the order they first appear; and how many words there are. */
function numberedWordSets(requirements: readonly TextOfRequirement[]): { sets: Int32Array[]; wordCount: number } {
  const numbers = new Map<string, number>();
  /** By word number: the last set (plus one) that had the word, to take each word once per set. */
  let lastSet = new Int32Array(1024);
  const words: number[] = [];
  const sets = requirements.map((requirement, position) => {
    words.length = 0;
    for (const word of wordsOf(requirement.text)) {
      let number = numbers.get(word);
      if (number === undefined) {
        number = numbers.size;
        numbers.set(word, number);
        if (number >= lastSet.length) {
          const grown = new Int32Array(lastSet.length * 2);
          grown.set(lastSet);
          lastSet = grown;
        }
      }
      if (lastSet[number] === position + 1) continue;
      lastSet[number] = position + 1;
      words.push(number);
    }
    return Int32Array.from(words).sort();
  });
  return { sets, wordCount: numbers.size };
}

/** How many of a set's rarest words two similar sets share at least one of: all but the words it may lack, plus one. */
function prefixLength(size: number): number {
  const smallestPartner = Math.floor((thresholdNumerator * size + thresholdDenominator - 1) / thresholdDenominator);
  return size - smallestPartner + 1;
}

/** Each word's rank, rarest first (by how many sets hold it, then by number): the order of the prefix filter. */
function ranksByRarity(sets: readonly Int32Array[], wordCount: number): Int32Array {
  const frequency = new Int32Array(wordCount);
  for (const set of sets) for (const word of set) frequency[word] = (frequency[word] as number) + 1;
  const order = Array.from({ length: wordCount }, (_, word) => word).sort((a, b) => (frequency[a] as number) - (frequency[b] as number) || a - b);
  const ranks = new Int32Array(wordCount);
  order.forEach((word, rank) => {
    ranks[word] = rank;
  });
  return ranks;
}

/** For each requirement that nearly repeats an earlier one, by id: the id of the earliest such requirement. */
export function nearDuplicates(requirements: readonly TextOfRequirement[]): Map<string, string> {
  const { sets, wordCount } = numberedWordSets(requirements);
  const wordParts = new Int32Array(wordCount);
  for (let word = 0; word < wordCount; word += 1) wordParts[word] = mix(word) & 0x7fffffff;

  /** By key, the positions of the sets filed under it, in document order. */
  const index = new Map<number, number[]>();
  /** By a hash of all its words, the first position of each distinct word set. */
  const firstWithWords = new Map<number, number[]>();
  /** By position: the earlier requirement it duplicates, or −1. */
  const duplicateOf = new Int32Array(sets.length).fill(-1);
  /** Which search last compared each set, so that a set under several keys is compared once per search. */
  const seen = new Int32Array(sets.length);
  let round = 0;
  /** By number of parts: the hash of each part of the set at hand. */
  const partHashes: number[][] = [];
  // The prefix filter, only when a document has very long texts.
  const ranks = sets.some((set) => set.length > largestSplitSet) ? ranksByRarity(sets, wordCount) : undefined;
  /** By word rank, the positions of the large sets that have the word in their prefix. */
  const prefixIndex = new Map<number, number[]>();
  const prefixOf = (set: Int32Array, rankOf: Int32Array): Int32Array => Int32Array.from(set, (word) => rankOf[word] as number).sort().subarray(0, prefixLength(set.length));

  sets.forEach((own, position) => {
    const size = own.length;
    if (size < minimumWords) return;
    let whole = size;
    for (const word of own) whole = fold(whole, word);
    const wholeKey = asKey(whole);
    const sameHash = firstWithWords.get(wholeKey);
    const same = sameHash?.find((earlier) => sameWords(own, sets[earlier] as Int32Array));
    if (same !== undefined) {
      // The earliest match of an identical set, or else that set itself (similarity 1).
      const earliestOfSame = duplicateOf[same] as number;
      duplicateOf[position] = earliestOfSame >= 0 ? earliestOfSame : same;
      return;
    }
    const partners = partnersOf(size);
    const split = size <= largestSplitSet;
    for (const parts of split ? partners.partCounts : partners.lookupPartCounts) hashParts(own, wordParts, parts, (partHashes[parts] ??= []));
    // The earliest similar set: each list is in document order, so a list is left at the first
    // similar set in it, or at the earliest one found so far; a set under several keys is compared once.
    round += 1;
    let earliest = position;
    for (const partner of partners.sizes) {
      const hashes = partHashes[partner.parts] as number[];
      for (let part = 0; part < partner.parts; part += 1) {
        const list = index.get(asKey(fold(hashes[part] as number, partner.size)));
        if (list === undefined) continue;
        for (let at = 0; at < list.length; at += 1) {
          const earlier = list[at] as number;
          if (earlier >= earliest) break;
          if (seen[earlier] === round) continue;
          seen[earlier] = round;
          if (similarEnough(own, sets[earlier] as Int32Array)) {
            earliest = earlier;
            break;
          }
        }
      }
    }
    const prefix = ranks !== undefined && (partners.largePartners || !split) ? prefixOf(own, ranks) : undefined;
    if (prefix !== undefined && partners.largePartners) {
      for (const rank of prefix) {
        const list = prefixIndex.get(rank);
        if (list === undefined) continue;
        for (let at = 0; at < list.length; at += 1) {
          const earlier = list[at] as number;
          if (earlier >= earliest) break;
          if (seen[earlier] === round) continue;
          seen[earlier] = round;
          if (similarEnough(own, sets[earlier] as Int32Array)) {
            earliest = earlier;
            break;
          }
        }
      }
    }
    if (earliest < position) duplicateOf[position] = earliest;
    if (sameHash === undefined) firstWithWords.set(wholeKey, [position]);
    else sameHash.push(position);
    if (!split) {
      // Filed under the rarest few of its words, for later sets of a partner size to find.
      for (const rank of prefix ?? []) {
        const list = prefixIndex.get(rank);
        if (list === undefined) prefixIndex.set(rank, [position]);
        else list.push(position);
      }
      return;
    }
    // Filed once for each number of parts a later set of a partner size will look it up with.
    for (const parts of partners.partCounts) {
      const hashes = partHashes[parts] as number[];
      for (let part = 0; part < parts; part += 1) {
        const key = asKey(fold(hashes[part] as number, size));
        const list = index.get(key);
        if (list === undefined) index.set(key, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      }
    }
  });

  const duplicates = new Map<string, string>();
  duplicateOf.forEach((earlier, position) => {
    if (earlier >= 0) duplicates.set((requirements[position] as TextOfRequirement).id, (requirements[earlier] as TextOfRequirement).id);
  });
  return duplicates;
}
