/**
 * Slugs that keep every script's letters. Payload's default slugify strips non-ASCII letters
 * (an Arabic title becomes "--"); this keeps Arabic and Azerbaijani letters (ə, ğ, ı, ö, ş, ü, ç),
 * lowercases with the rules of the text's own language (Azerbaijani "I" → "ı", "İ" → "i"), and
 * drops only what does not belong in a URL path segment.
 */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g // harakat, tatweel

export const MAX_SLUG_LENGTH = 120

export function slugify(input: string, locale?: string): string {
  const lowered = input.normalize('NFC').toLocaleLowerCase(locale)
  return Array.from(
    lowered
      .replace(ARABIC_MARKS, '')
      .replace(/['’ʼ`"]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, ''),
  )
    .slice(0, MAX_SLUG_LENGTH)
    .join('')
    .replace(/-+$/, '')
}

/** True when a user-typed slug is already in the form `slugify` produces. */
export const isSlug = (value: string): boolean =>
  /^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$/u.test(value)
