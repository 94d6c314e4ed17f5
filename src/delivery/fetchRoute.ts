/**
 * Express in front of handlers written for the Fetch API (Payload's REST and GraphQL route
 * handlers, the feeds, the response cache): the request becomes a `Request` (its body streamed, not
 * read here), the `Response` is written back: a small body in one piece with its length (read a few
 * chunks ahead when the answer does not say its length), a large one streamed. HEAD is answered as GET without
 * the body, as Next.js did. Headers set before (CORS) are kept; `Vary` is merged.
 */
import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express'
import { Readable } from 'node:stream'

import { CLIENT_ADDRESS_HEADER } from '../lib/clientAddress'
import { rawBodyOf } from '../lib/rawBody'

export type FetchHandler = (request: Request) => Promise<Response>

const withoutBody = new Set(['GET', 'HEAD'])
const WHOLE_BODY_BYTES = 1024 * 1024
/** How many chunks of an answer of unknown length are read before it is streamed. */
const READ_AHEAD = 3
/** Written by Node itself from the body it sends. */
const hopByHop = new Set(['connection', 'content-length', 'keep-alive', 'transfer-encoding'])

export function fetchRequest(req: ExpressRequest): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item)
  }
  headers.set(CLIENT_ADDRESS_HEADER, req.ip ?? req.socket.remoteAddress ?? 'unknown')
  const url = new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`)
  const method = req.method === 'HEAD' ? 'GET' : req.method
  if (withoutBody.has(req.method)) return new Request(url, { method, headers })
  return new Request(url, {
    method,
    headers,
    body: Readable.toWeb(req) as ReadableStream,
    duplex: 'half',
  } as RequestInit)
}

const mergeVary = (res: ExpressResponse, value: string): void => {
  const listed = [String(res.getHeader('Vary') ?? ''), value]
    .flatMap((list) => list.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean)
  const unique = [...new Map(listed.map((entry) => [entry.toLowerCase(), entry])).values()]
  res.setHeader('Vary', unique.join(', '))
}

/** An answer's status and headers onto Node's response: those of the connection left to Node, `Vary` merged. */
function writeHead(res: ExpressResponse, status: number, headers: Headers): void {
  res.status(status)
  headers.forEach((value, name) => {
    if (name === 'set-cookie' || hopByHop.has(name)) return
    if (name === 'vary') mergeVary(res, value)
    else res.setHeader(name, value)
  })
  const cookies = headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies)
}

/** A request as the response cache reads it (src/cache/http.ts `RequestView`): HEAD read as GET. */
export interface RequestView {
  method: string
  url: URL
  header: (name: string) => null | string
}

/** An answer already whole: its status, headers and bytes (none for a 304). */
export interface WholeAnswer {
  status: number
  headers: Headers
  body: Uint8Array | null
}

const viewOfNode = (req: ExpressRequest): RequestView => ({
  method: req.method === 'HEAD' ? 'GET' : req.method,
  // Only the path and the query are read.
  url: new URL(req.originalUrl, 'http://localhost'),
  header: (name) => {
    const value = req.headers[name]
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
  },
})

function sendWhole(req: ExpressRequest, res: ExpressResponse, { status, headers, body }: WholeAnswer): void {
  writeHead(res, status, headers)
  if (body && req.method !== 'HEAD' && status !== 304) {
    res.setHeader('Content-Length', String(body.byteLength))
    res.end(Buffer.from(body.buffer, body.byteOffset, body.byteLength))
    return
  }
  const length = headers.get('content-length')
  if (length && req.method === 'HEAD') res.setHeader('Content-Length', length)
  res.end()
}

/**
 * An express handler that sends the answer `kept` has for a request (the response cache's kept
 * answers: no Fetch `Request` or `Response` is made for them), and leaves any other to `handler`.
 */
export const keptFirst =
  (kept: (request: RequestView) => Promise<null | WholeAnswer>, handler: RequestHandler): RequestHandler =>
  async (req, res, next) => {
    let answer: null | WholeAnswer
    try {
      answer = await kept(viewOfNode(req))
    } catch (error) {
      next(error)
      return
    }
    if (answer) sendWhole(req, res, answer)
    else await handler(req, res, next)
  }

export async function sendFetchResponse(req: ExpressRequest, res: ExpressResponse, response: Response): Promise<void> {
  writeHead(res, response.status, response.headers)
  const raw = rawBodyOf(response)
  if (raw && req.method !== 'HEAD' && response.status !== 304) {
    await response.body?.cancel()
    res.setHeader('Content-Length', String(raw.byteLength))
    res.end(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength))
    return
  }
  const length = response.headers.get('content-length')
  if (!response.body || req.method === 'HEAD' || response.status === 204 || response.status === 304) {
    if (length && req.method === 'HEAD') res.setHeader('Content-Length', length)
    await response.body?.cancel()
    res.end()
    return
  }
  // A small answer of known length is written in one piece; anything else streams.
  if (length && Number(length) <= WHOLE_BODY_BYTES) {
    res.end(Buffer.from(await response.arrayBuffer()))
    return
  }
  if (length) res.setHeader('Content-Length', length)
  // An answer of unknown length (Payload's JSON, most of all) is read a few chunks ahead: when that is
  // all of it, it too goes in one piece, with its length.
  const reader = response.body.getReader()
  const ahead: Uint8Array[] = []
  let size = 0
  while (ahead.length < READ_AHEAD && size <= WHOLE_BODY_BYTES) {
    const { done, value } = await reader.read()
    if (done) {
      const whole = Buffer.concat(ahead)
      if (!length) res.setHeader('Content-Length', String(whole.byteLength))
      res.end(whole)
      return
    }
    ahead.push(value)
    size += value.byteLength
  }
  async function* rest() {
    yield* ahead
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  }
  await new Promise<void>((resolve, reject) => {
    const body = Readable.from(rest(), { objectMode: false })
    body.once('error', reject)
    res.once('close', () => {
      body.destroy()
      void reader.cancel().catch(() => undefined)
      resolve()
    })
    body.pipe(res)
  })
}

/** An express handler answering with the fetch handler. */
export const fromFetch =
  (handler: FetchHandler): RequestHandler =>
  async (req, res, next) => {
    try {
      await sendFetchResponse(req, res, await handler(fetchRequest(req)))
    } catch (error) {
      next(error)
    }
  }
