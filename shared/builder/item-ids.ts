/**
 * Ids for items the user adds in the builder (needs, goals, lots, criteria,
 * sections, own requirements): short, readable in the file ("need-3"),
 * never reused within the list they join.
 */
export function nextItemId(prefix: string, items: readonly { id: string }[]): string {
  const taken = new Set(items.map((item) => item.id));
  for (let n = items.length + 1; ; n += 1) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}
