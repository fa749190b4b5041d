/** Parses an HTML string into a fresh document (tests only). */
export function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
