import { useEffect } from 'preact/hooks';

const FINISHED_AT = 0.97;
const SAVE_EVERY_MS = 1500;

/**
 * Restores the reading position of `scroller` and reports it as the person reads: the position
 * now and then, and once when they reach the end (which counts the story as read).
 */
export function useReadingProgress(
  scroller: () => HTMLElement | null,
  key: string | null,
  initial: number,
  onProgress: (fraction: number) => void,
  onFinished: () => void,
): void {
  useEffect(() => {
    const el = scroller();
    if (!el || key === null) return;
    const range = () => Math.max(1, el.scrollHeight - el.clientHeight);
    if (initial > 0 && initial < FINISHED_AT) el.scrollTop = initial * range();
    let finished = false;
    let last = initial;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const report = () => {
      timer = null;
      if (Math.abs(last - fraction()) > 0.01) onProgress((last = fraction()));
    };
    const fraction = () => Math.min(1, el.scrollTop / range());
    const onScroll = () => {
      if (!finished && (fraction() >= FINISHED_AT || el.scrollHeight <= el.clientHeight)) {
        finished = true;
        onFinished();
      }
      timer ??= setTimeout(report, SAVE_EVERY_MS);
    };
    const target: EventTarget = el === el.ownerDocument.scrollingElement ? el.ownerDocument : el;
    target.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      target.removeEventListener('scroll', onScroll);
      if (timer) clearTimeout(timer);
      report();
    };
  }, [key]);
}
