/**
 * Text folded for matching, the same way for what is stored and what is searched:
 * - Arabic: hamza and alef forms (أ إ آ ٱ) read as ا, ى as ي, ة as ه; diacritics (tashkeel),
 *   Quranic marks and tatweel are dropped;
 * - Arabic-Indic and Persian digits read as 0–9;
 * - letters are lowercased with the rules of the text's language: in Azerbaijani "I" is "ı" and
 *   "İ" is "i", so MİSİR finds misir and IŞIQ finds ışıq; elsewhere "İ" is "i" as well;
 * - runs of white space are one space.
 * Azerbaijani letters stay distinct (ə, ı, ö, ü, ç, ş, ğ are not a, i, o, u, c, s, g).
 */
const DROPPED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C-\u200F\u00AD]/
const LETTERS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه' }
const COMBINING_DOT = /\u0307/g

const digit = (char: string): string | null => {
  const code = char.codePointAt(0) ?? 0
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660)
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0)
  return null
}

/** The Azerbaijani casing rules apply to Azerbaijani text; Turkish shares them. */
const casingLocale = (locale: string | undefined): string => (locale === 'az' || locale === 'tr' ? locale : 'en')

export interface Folded {
  text: string
  /** For each character of `text`, the index in the original text it came from. */
  origin: number[]
}

export function foldWithOrigin(input: string, locale?: string): Folded {
  const casing = casingLocale(locale)
  let text = ''
  const origin: number[] = []
  let index = 0
  let lastWasSpace = true
  for (const char of input.normalize('NFC')) {
    const at = index
    index += char.length
    if (DROPPED.test(char)) continue
    if (/\s/u.test(char)) {
      if (!lastWasSpace) {
        text += ' '
        origin.push(at)
      }
      lastWasSpace = true
      continue
    }
    lastWasSpace = false
    const folded = digit(char) ?? LETTERS[char] ?? char.toLocaleLowerCase(casing).replace(COMBINING_DOT, '')
    text += folded
    for (let unit = 0; unit < folded.length; unit += 1) origin.push(at)
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1)
    origin.pop()
  }
  return { text, origin }
}

export const fold = (input: string, locale?: string): string => foldWithOrigin(input, locale).text

/** The words of a query, folded, at most `max` of them. */
export const foldedWords = (query: string, locale?: string, max = 8): string[] =>
  [...new Set(fold(query, locale).split(' ').filter(Boolean))].slice(0, max)
