import { parseDateText } from './dates';

/**
 * Removes what Readability keeps but a reader does not want inside the body: the headline
 * repeated, a byline or dateline repeated, and empty wrappers left behind.
 */
export function cleanArticleBody(container: Element, story: { title: string; byline: string | null }): void {
  const title = squash(story.title);
  const byline = story.byline ? squash(story.byline) : null;
  for (const el of Array.from(container.querySelectorAll('h1, h2, p, div, span, time, address'))) {
    if (!el.isConnected) continue;
    const text = squash(el.textContent ?? '');
    if (!text) continue;
    const isHeadline = /^H[12]$/i.test(el.tagName) && text === title;
    const isByline = byline !== null && text.length < byline.length + 12 && text.includes(byline) && el.children.length < 4;
    const isDateline = text.length <= 60 && !el.querySelector('p, img') && parseDateText(text) !== null && isOnlyDate(text);
    if (isHeadline || isByline || isDateline) el.remove();
  }
  for (const el of Array.from(container.querySelectorAll('div, section, span'))) {
    if (el.isConnected && !el.textContent?.trim() && !el.querySelector('img, picture, video, table, hr')) el.remove();
  }
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

const DATE_LABEL = /\b(?:published|updated|posted|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?!\p{L}):?/giu;

/**
 * A dateline is a date and little else ("Wednesday, June 19, 2024", "Updated 19. Juni 2024, 10:15 Uhr"):
 * at most three words besides its label (weekday, month, "Uhr"), and not a sentence.
 */
function isOnlyDate(text: string): boolean {
  const words = text.replace(DATE_LABEL, '').match(/\p{L}+/gu) ?? [];
  return words.length <= 3 && !/\p{L}{2,}[.!?]$/u.test(text);
}
