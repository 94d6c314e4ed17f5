/**
 * The admin's long reads. Payload's admin looks related documents up (relationship and upload
 * pickers, "created by", the audit list) with `POST /api/{collection}` carrying
 * `X-Payload-HTTP-Method-Override: GET` and the query as a form-urlencoded body, so that a long
 * `where` does not overflow an address. Such a request is a read: it becomes the GET it stands for
 * before anything else sees it, so the input guard, the limits, the cache rules and the access rules
 * treat it exactly as that GET, with the same bounds. Payload itself does the same rewriting later
 * (`handleEndpoints`); doing it first is what keeps every layer in front of Payload in agreement.
 */
import type { FetchHandler } from './fetchRoute'

const OVERRIDE_HEADERS = ['x-payload-http-method-override', 'x-http-method-override']
const FORM = /^application\/x-www-form-urlencoded\b/i

/** Whether a request is a POST that stands for a GET with its query in a form body. */
export const isOverriddenRead = (request: Request): boolean =>
  request.method === 'POST' &&
  OVERRIDE_HEADERS.some((name) => request.headers.get(name)?.trim().toUpperCase() === 'GET') &&
  (FORM.test(request.headers.get('content-type') ?? '') || request.headers.get('content-length') === '0')

/** The GET a method-override POST stands for: the body's query joined to the address's own. */
export async function asRead(request: Request): Promise<Request> {
  const url = new URL(request.url)
  const body = new URLSearchParams(await request.text())
  for (const [name, value] of body) url.searchParams.append(name, value)
  const headers = new Headers(request.headers)
  for (const name of [...OVERRIDE_HEADERS, 'content-type', 'content-length']) headers.delete(name)
  return new Request(url, { method: 'GET', headers })
}

export const readOverriddenMethods =
  (handler: FetchHandler): FetchHandler =>
  async (request) =>
    handler(isOverriddenRead(request) ? await asRead(request) : request)
