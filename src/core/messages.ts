import english from '../../public/_locales/en/messages.json';

/** Every user-facing string has a key in public/_locales/<lang>/messages.json. */
export type MessageKey = keyof typeof english;
export type Translate = (key: MessageKey, ...substitutions: Array<string | number>) => string;

/** English straight from messages.json: used where the browser's i18n API is absent (unit tests, Node). */
export const translateEnglish: Translate = (key, ...substitutions) =>
  english[key].message.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
