// The app's message catalog (locales/<tag>/<area>.json), read by the tests that walk the app in
// another language: to find a control by its words in that language, and to find English left
// on a screen that speaks another.
import { readdirSync, readFileSync } from 'node:fs';

const LOCALES = new URL('../../locales/', import.meta.url).pathname;

/** The languages SSI Lens speaks, by tag, English first. */
export const LANGS = ['en', 'de', 'fr', 'es', 'pt-BR'];

/** Every message of `tag`: key to text, or to a plural's texts by category. */
export function messages(tag) {
  const all = {};
  for (const file of readdirSync(`${LOCALES}${tag}`).filter((f) => f.endsWith('.json'))) {
    Object.assign(all, JSON.parse(readFileSync(`${LOCALES}${tag}/${file}`, 'utf8')));
  }
  return all;
}

const texts = (value) => (typeof value === 'string' ? [value] : Object.values(value));

/**
 * A function giving the words of `tag` for an English message, found by its English text
 * (a test reads in English what it looks for): `t('Try with sample data')`. Throws for a text
 * the catalog lacks, so a test can't look for words the app never says.
 */
export function wordsOf(tag) {
  const english = messages('en');
  const theirs = messages(tag);
  const byText = new Map();
  for (const [key, value] of Object.entries(english)) {
    if (typeof value === 'string' && !byText.has(value)) byText.set(value, theirs[key]);
  }
  return (text) => {
    if (!byText.has(text)) throw new Error(`the catalog has no English message "${text}"`);
    return byText.get(text);
  };
}

/**
 * The fixed stretches of English's messages that `tag` words otherwise, long enough (two
 * words or more) to be found on a screen only where English was left in: each text split at
 * its placeholders.
 */
export function englishLeftIn(tag) {
  const english = messages('en');
  const theirs = messages(tag);
  const left = new Set();
  // A stretch the language says itself somewhere ("Social Selling Index", a name) is its own.
  const everything = Object.values(theirs).flatMap(texts).join('\n');
  for (const [key, value] of Object.entries(english)) {
    const own = new Set(texts(theirs[key] ?? '').flatMap((t) => t.split(/\{[a-z_0-9]+\}/)));
    for (const text of texts(value)) {
      for (const piece of text.split(/\{[a-z_0-9]+\}/)) {
        const stretch = piece.trim().replace(/^[\s,.:;!?()–—-]+|[\s,.:;!?()–—-]+$/g, '');
        const words = stretch.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
        if (words.length >= 2 && stretch.length >= 10 && ![...own].some((o) => o.includes(stretch)) && !everything.includes(stretch)) left.add(stretch);
      }
    }
  }
  return [...left];
}

/** Everything a screen says in words: its text, the names and hints of its controls, its title. */
export function screenWords(page) {
  return page.evaluate(() => {
    const parts = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label],[title],[placeholder],[alt],[aria-description]')) {
      if (el.closest('[hidden],[inert]')) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const v = el.getAttribute(attr);
        if (v) parts.push(v);
      }
    }
    return parts.join('\n').replace(/\s+/g, ' ');
  });
}
