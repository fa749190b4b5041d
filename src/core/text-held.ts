/**
 * How much of some measured text each element holds, for many elements of one page in one pass:
 * every item adds its length to itself and to each ancestor up to `root` once, instead of each
 * element re-walking its subtree. Items measured at 0 add nothing.
 */
export function textHeldBy(root: Element, items: Iterable<Element>, lengthOf: (item: Element) => number): Map<Element, number> {
  const sums = new Map<Element, number>();
  for (const item of items) {
    const length = lengthOf(item);
    if (!length) continue;
    for (let node: Element | null = item; node; node = node === root ? null : node.parentElement) {
      sums.set(node, (sums.get(node) ?? 0) + length);
    }
  }
  return sums;
}
