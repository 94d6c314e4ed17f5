/**
 * Requests Payload would refuse with a message in English, or fail on with a 500, recognised before
 * they reach it (guardAPI calls `refusalOf` for every API request): a JSON body that does not parse,
 * a multipart body its parser (busboy, the one Payload reads uploads with) refuses, a bulk update or
 * delete without `where`, a password request without its address, token or password, and the
 * e-mail verification route of a collection that verifies no addresses. Each answer is in the
 * caller's language, and nothing reaches Payload.
 */
import type { SanitizedConfig } from 'payload'

import busboy from 'busboy'
import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'

import { fill, guardWords, type LocaleCode, type Localized, payloadError, pick } from '../i18n'

type Collection = SanitizedConfig['collections'][number]

/** An API address as the guards read it: the collection (or `graphql`), then the rest of the path. */
export interface APIRoute {
  collection: string
  /** What follows the collection: an id, `versions`, or an auth route such as `forgot-password`. */
  action: string | undefined
  rest: string[]
}

export interface EarlyRefusal {
  status: number
  /** The message in the caller's language: our own words, or one of Payload's error messages. */
  message: (language: LocaleCode) => string
}

const refusal = (status: number, words: Localized | EarlyRefusal['message']): EarlyRefusal => ({
  status,
  message: typeof words === 'function' ? words : (language) => pick(words, language),
})

const isJSON = (contentType: string) => /^application\/json\b/i.test(contentType)
const isMultipart = (contentType: string) => /^multipart\/form-data\b/i.test(contentType)

/** The body, if it is JSON that parses (an empty body counts as none), else undefined. */
async function jsonOf(request: Request): Promise<unknown> {
  const text = await request.clone().text()
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** Whether Payload's multipart parser reads the body to its end. */
async function multipartReads(request: Request): Promise<boolean> {
  let parser: busboy.Busboy
  try {
    parser = busboy({ headers: { 'content-type': request.headers.get('content-type') ?? '' } })
  } catch {
    return false // no boundary, or not multipart at all
  }
  const body = request.clone().body
  if (!body) return true
  return new Promise<boolean>((resolve) => {
    parser.on('file', (_name, stream) => stream.resume())
    parser.on('error', () => resolve(false))
    parser.on('close', () => resolve(true))
    Readable.fromWeb(body as WebReadableStream).pipe(parser)
  })
}

const asObject = (value: unknown): null | Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null

const filled = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''

/** What Payload's auth routes need in their body before they do anything. */
function authRefusal(collection: Collection, action: string, body: unknown): null | EarlyRefusal {
  const data = asObject(body)
  if (action === 'forgot-password') {
    const byUsername = Boolean(collection.auth?.loginWithUsername)
    if (!filled(data?.email) && !(byUsername && filled(data?.username)))
      return refusal(400, (language) => payloadError(language, 'missingEmail'))
  }
  if (action === 'reset-password' && !(data && 'token' in data && 'password' in data))
    return refusal(400, (language) => payloadError(language, 'missingRequiredData'))
  return null
}

/** Why Payload must not be given this request, or null. */
export async function refusalOf(
  request: Request,
  url: URL,
  { collection: slug, action, rest }: APIRoute,
  collection: Collection | undefined,
): Promise<null | EarlyRefusal> {
  const contentType = request.headers.get('content-type') ?? ''
  const writes = request.method === 'POST' || request.method === 'PATCH' || request.method === 'PUT'
  if (writes && isJSON(contentType) && slug !== 'graphql') {
    const body = await jsonOf(request)
    if (body === undefined) return refusal(400, guardWords.bodyNotJSON)
    if (collection?.auth && request.method === 'POST' && action && rest.length === 0) {
      const refused = authRefusal(collection, action, body)
      if (refused) return refused
    }
  }
  if (writes && isMultipart(contentType) && !(await multipartReads(request))) {
    const unreadable = (language: LocaleCode) =>
      fill(pick(guardWords.inputRefused, language), { problem: pick(guardWords.bodyUnreadable, language) })
    return refusal(400, unreadable)
  }
  if (collection?.auth && action === 'verify' && !collection.auth.verify) return refusal(404, guardWords.notFound)
  if (collection && !action && (request.method === 'PATCH' || request.method === 'DELETE')) {
    const named = [...url.searchParams.keys()].some((key) => key === 'where' || key.startsWith('where['))
    if (!named) return refusal(400, guardWords.whereRequired)
  }
  return null
}
