/**
 * Site search over the index: every word of the query must occur (folded, so spelling variants
 * match), hits in the title count more than hits in the text, and each result carries an excerpt
 * of its own text with the matches marked. Published text only, in the language asked for.
 */
import type { Config, PayloadRequest, SanitizedConfig, Where } from 'payload'

import { type EditorialSlug, editorialSlugs } from '../content'
import { isLocaleCode, type LocaleCode, localeCodes, searchWords } from '../i18n'
import { foldedWords, foldWithOrigin } from '../lib/fold'
import { refuse } from '../lib/refuse'
import { isData } from '../lib/data'

export const SEARCH_INDEX = 'search-index'
/** The editorial collections (the content registry's), and the people they name. */
export const searchedCollections = (config: Pick<Config | SanitizedConfig, 'collections'>): SearchedSlug[] => [
  ...editorialSlugs(config),
  'people',
]
export type SearchedSlug = EditorialSlug | 'people'
const isSearchedIn = (req: PayloadRequest) => {
  const searched = new Set<string>(searchedCollections(req.payload.config))
  return (value: string): value is SearchedSlug => searched.has(value)
}

export const MAX_QUERY = 200
export const MAX_RESULTS = 50
/** How many matching entries are ranked; beyond them, a query should be more precise. */
const CANDIDATES = 500
const EXCERPT = 160

export interface SearchInput {
  q?: unknown
  locale?: unknown
  limit?: unknown
  page?: unknown
  collections?: unknown
}

export interface SearchHit {
  collection: SearchedSlug
  id: number | string
  title: string
  slug: string | null
  /** HTML: the text escaped, the matches in `<mark>`. */
  titleHighlighted: string
  excerpt: string
  score: number
}

export interface SearchResult {
  q: string
  locale: LocaleCode
  docs: SearchHit[]
  totalDocs: number
  page: number
  limit: number
  totalPages: number
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  )

/** The spans of `text` (original indexes) where the folded words occur. */
function spansOf(text: string, words: string[], locale: LocaleCode): [number, number][] {
  const { text: folded, origin } = foldWithOrigin(text, locale)
  const spans: [number, number][] = []
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      const start = origin[at] ?? 0
      const lastOrigin = origin[at + word.length - 1] ?? start
      // The end is after the last original character that folded into the match.
      const next = origin.findIndex((value, index) => index >= at + word.length && value > lastOrigin)
      spans.push([start, next === -1 ? text.length : (origin[next] ?? text.length)])
    }
  }
  return spans
    .sort((a, b) => a[0] - b[0])
    .reduce<[number, number][]>((merged, span) => {
      const last = merged[merged.length - 1]
      if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
      else merged.push([...span])
      return merged
    }, [])
}

const marked = (text: string, spans: [number, number][]): string => {
  let out = ''
  let at = 0
  for (const [start, end] of spans) {
    out += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`
    at = end
  }
  return out + escapeHtml(text.slice(at))
}

/** About EXCERPT characters of `text` around its first match, cut at spaces, the matches marked. */
export function excerptOf(text: string, words: string[], locale: LocaleCode): string {
  const spans = spansOf(text, words, locale)
  const first = spans[0]?.[0] ?? 0
  let start = Math.max(0, first - EXCERPT / 3)
  let end = Math.min(text.length, start + EXCERPT)
  if (start > 0) start = text.indexOf(' ', start) + 1 || start
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end
  const inside = spans
    .filter(([a, b]) => a >= start && b <= end)
    .map(([a, b]): [number, number] => [a - start, b - start])
  return `${start > 0 ? '… ' : ''}${marked(text.slice(start, end).replace(/\s+/g, ' '), inside)}${end < text.length ? ' …' : ''}`
}

const occurrences = (text: string, word: string): number => text.split(word).length - 1

/** The score of an entry: title hits weigh most, then the whole query as a phrase, then frequency. */
function scoreOf(title: string, text: string, words: string[], phrase: string, priority: number): number {
  let score = priority
  for (const word of words) {
    if (title.includes(word)) score += 5
    score += Math.min(occurrences(text, word), 5)
  }
  if (words.length > 1 && text.includes(phrase)) score += 3
  return score
}

function readInput(req: PayloadRequest, input: SearchInput) {
  const q = typeof input.q === 'string' ? input.q.trim() : ''
  if (!q) throw refuse(req, 400, searchWords.missingQuery)
  if (q.length > MAX_QUERY) throw refuse(req, 400, searchWords.longQuery, { max: MAX_QUERY })
  const rawLocale = input.locale ?? req.locale
  const locale = rawLocale === undefined || rawLocale === null || rawLocale === '' ? 'ar' : rawLocale
  if (!isLocaleCode(locale))
    throw refuse(req, 400, searchWords.unknownLocale, { locale: String(locale), allowed: localeCodes.join(', ') })
  const number = (name: string, raw: unknown, fallback: number, max: number) => {
    if (raw === undefined || raw === null || raw === '') return fallback
    const value = Number(raw)
    if (!Number.isInteger(value) || value < 1 || value > max)
      throw refuse(req, 400, searchWords.badNumber, { name, max })
    return value
  }
  const limit = number('limit', input.limit, 10, MAX_RESULTS)
  const page = number('page', input.page, 1, 1000)
  const listed = Array.isArray(input.collections)
    ? input.collections
    : typeof input.collections === 'string'
      ? input.collections.split(',')
      : []
  const collections = listed.map((value) => String(value).trim()).filter(Boolean)
  const isSearched = isSearchedIn(req)
  for (const collection of collections) {
    if (!isSearched(collection))
      throw refuse(req, 400, searchWords.unknownCollection, {
        collection,
        allowed: searchedCollections(req.payload.config).join(', '),
      })
  }
  return { q, locale, limit, page, collections: collections.filter(isSearched) }
}

export async function searchContent(req: PayloadRequest, input: SearchInput): Promise<SearchResult> {
  const { q, locale, limit, page, collections } = readInput(req, input)
  const words = foldedWords(q, locale)
  const phrase = words.join(' ')
  const empty = { q, locale, docs: [], totalDocs: 0, page, limit, totalPages: 0 }
  if (words.length === 0) return empty
  const where: Where = {
    and: [
      { live: { equals: true } },
      ...words.map((word) => ({ text: { contains: word } })),
      ...(collections.length > 0 ? [{ or: collections.map((slug) => ({ 'doc.relationTo': { equals: slug } })) }] : []),
    ],
  }
  const { docs } = await req.payload.find({
    collection: SEARCH_INDEX,
    where,
    locale,
    fallbackLocale: false,
    depth: 0,
    limit: CANDIDATES,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const isSearched = isSearchedIn(req)
  const hits: SearchHit[] = []
  for (const raw of docs as unknown as Record<string, unknown>[]) {
    const text = typeof raw.text === 'string' ? raw.text : ''
    // The database's matching may be looser (case-insensitive regular expressions fold ı into i): the folded text decides.
    if (!words.every((word) => text.includes(word))) continue
    const doc = isData(raw.doc) ? raw.doc : {}
    const collection = String(doc.relationTo)
    if (!isSearched(collection)) continue
    const title = typeof raw.title === 'string' ? raw.title : ''
    const content = typeof raw.content === 'string' ? raw.content : ''
    const foldedTitle = foldWithOrigin(title, locale).text
    hits.push({
      collection,
      id: doc.value as number | string,
      title,
      slug: typeof raw.slug === 'string' ? raw.slug : null,
      titleHighlighted: marked(title, spansOf(title, words, locale)),
      excerpt: excerptOf(content || title, words, locale),
      score: scoreOf(foldedTitle, text, words, phrase, typeof raw.priority === 'number' ? raw.priority : 0),
    })
  }
  hits.sort((a, b) => b.score - a.score || String(b.id).localeCompare(String(a.id), 'en', { numeric: true }))
  const start = (page - 1) * limit
  return {
    ...empty,
    docs: hits.slice(start, start + limit),
    totalDocs: hits.length,
    totalPages: Math.ceil(hits.length / limit),
  }
}
