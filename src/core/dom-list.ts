/**
 * The nodes of a DOM list (NodeList, HTMLCollection) in a plain array, read by index. `Array.from`
 * and `for…of` walk such a list through its iterator, which in Chromium costs several times more:
 * listing every element of dev-corpus news pages took 5× as long that way as by index.
 */
export function listOf<T>(list: ArrayLike<T>): T[] {
  const count = list.length;
  const out = new Array<T>(count);
  for (let i = 0; i < count; i++) out[i] = list[i]!;
  return out;
}

/**
 * Every element of `doc` in document order. Browsers list them fastest through the live collection
 * (about twice as fast again as the selector's list); linkedom answers an empty one for
 * getElementsByTagName('*'), so there the selector lists them.
 */
export function allElements(doc: Document): Element[] {
  const live = doc.getElementsByTagName('*');
  return live.length ? listOf(live) : listOf(doc.querySelectorAll('*'));
}

/**
 * How many levels deep `elements` (every element of a document, in document order) nest: the root
 * element is level 1. Counting stops once past `limit`. In document order an element's parent is
 * one of the open ancestors of the element before it, so one pass with a stack of them answers.
 */
export function nestingDepth(elements: readonly Element[], limit = Infinity): number {
  const open: Node[] = [];
  let deepest = 0;
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    const parent = el.parentNode;
    while (open.length && open[open.length - 1] !== parent) open.pop();
    open.push(el);
    if (open.length > deepest) {
      deepest = open.length;
      if (deepest > limit) break;
    }
  }
  return deepest;
}
