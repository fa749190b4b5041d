import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = process.cwd();
const localesDir = join(root, 'public', '_locales');
type Messages = Record<string, { message: string; description?: string; placeholders?: unknown }>;
const read = (lang: string): Messages => JSON.parse(readFileSync(join(localesDir, lang, 'messages.json'), 'utf8')) as Messages;

const english = read('en');
const languages = readdirSync(localesDir).filter((name) => existsSync(join(localesDir, name, 'messages.json')));
const others = languages.filter((lang) => lang !== 'en');

/** $1…$9 as used in a message (`$$` is a literal dollar sign in Chrome's format). */
const placeholders = (message: string) => [...new Set(message.replace(/\$\$/g, '').match(/\$[1-9]/g) ?? [])].sort();

test('German and French are shipped besides English', () => {
  expect(languages).toEqual(expect.arrayContaining(['en', 'de', 'fr']));
});

test('English messages are well formed', () => {
  for (const [key, entry] of Object.entries(english)) {
    expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(typeof entry.message, key).toBe('string');
    expect(entry.message.trim().length, key).toBeGreaterThan(0);
  }
});

describe.each(others)('%s', (lang) => {
  const messages = read(lang);

  test('has every English key and no other', () => {
    const missing = Object.keys(english).filter((key) => !(key in messages));
    const extra = Object.keys(messages).filter((key) => !(key in english));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  test('uses the same placeholders as English in every message', () => {
    const mismatched = Object.entries(english)
      .filter(([key]) => key in messages)
      .filter(([key, entry]) => placeholders(entry.message).join() !== placeholders(messages[key]!.message).join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  test('every message is a non-empty translation', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(typeof entry.message, key).toBe('string');
      expect(entry.message.trim().length, key).toBeGreaterThan(0);
    }
    // Not an English copy: most sentences differ (names and symbols such as "Broadsheet" or "$1: $2" may not).
    const same = Object.keys(messages).filter((key) => messages[key]!.message === english[key]!.message);
    expect(same.length / Object.keys(messages).length).toBeLessThan(0.1);
  });
});

test('every __MSG_key__ in the manifest exists in every locale', () => {
  const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');
  const keys = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
  expect(keys).toEqual(expect.arrayContaining(['extensionName', 'extensionDescription', 'commandSavePage']));
  for (const lang of languages) {
    const messages = read(lang);
    expect(keys.filter((key) => !(key in messages)), lang).toEqual([]);
  }
});

test('Chrome store limits: the name fits 75 characters and the description 132', () => {
  for (const lang of languages) {
    const messages = read(lang);
    expect(messages.extensionName!.message.length, lang).toBeLessThanOrEqual(75);
    expect(messages.extensionDescription!.message.length, lang).toBeLessThanOrEqual(132);
  }
});
