/**
 * Waits for the event loop to turn: jsdom frees a closed window only then, so a test that makes many
 * windows in a row awaits this after each, or memory grows by about 1 MB a page.
 */
export const freed = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
