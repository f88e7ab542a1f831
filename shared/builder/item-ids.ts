/**
 * Ids for items the user adds in the builder (needs, goals, lots, criteria,
 * sections, own requirements): short, readable in the file ("need-3"),
 * never reused within the list they join.
 */
export function nextItemId(prefix: string, items: readonly { id: string }[]): string {
  const taken = new Set(items.map((item) => item.id));
  // Counted among the items with this prefix, so the first own requirement is "own-1" even after library ones.
  const start = items.filter((item) => item.id.startsWith(`${prefix}-`)).length + 1;
  for (let n = start; ; n += 1) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}
