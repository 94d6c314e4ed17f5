import type { SanitizedConfig } from 'payload'

import { REST_DELETE, REST_GET, GRAPHQL_POST, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

type Handler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T
  errors?: { message: string; extensions?: Record<string, unknown> }[]
}

/**
 * Calls Payload's real REST and GraphQL route handlers (the ones Next.js serves) in-process,
 * with standard Request objects — as Payload's own test suite does.
 */
export class RestClient {
  private readonly handlers: Record<'DELETE' | 'GET' | 'PATCH' | 'POST', Handler>
  private readonly graphql: (request: Request) => Promise<Response>
  private readonly base: string
  token: string | null = null

  constructor(config: SanitizedConfig) {
    this.handlers = {
      GET: REST_GET(config),
      POST: REST_POST(config),
      PATCH: REST_PATCH(config),
      DELETE: REST_DELETE(config),
    }
    this.graphql = GRAPHQL_POST(config)
    this.base = `${config.serverURL || 'http://localhost:3000'}${config.routes.api}`
  }

  private headers(init?: HeadersInit, json = true): Headers {
    const headers = new Headers(init)
    if (json && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json')
    if (this.token) headers.set('Authorization', `JWT ${this.token}`)
    return headers
  }

  async request(
    method: 'DELETE' | 'GET' | 'PATCH' | 'POST',
    path: `/${string}`,
    init: { body?: BodyInit; headers?: HeadersInit } = {},
  ): Promise<Response> {
    const url = new URL(`${this.base}${path}`)
    const apiPath = new URL(this.base).pathname
    const slug = url.pathname
      .slice(apiPath.length + 1)
      .split('/')
      .map(decodeURIComponent)
    const isForm = init.body instanceof FormData
    const request = new Request(url, {
      method,
      body: init.body,
      headers: this.headers(init.headers, !isForm),
    })
    return this.handlers[method](request, { params: Promise.resolve({ slug }) })
  }

  get = (path: `/${string}`, headers?: HeadersInit) => this.request('GET', path, { headers })

  post = (path: `/${string}`, body: unknown) =>
    this.request('POST', path, { body: body instanceof FormData ? body : JSON.stringify(body) })

  patch = (path: `/${string}`, body: unknown) => this.request('PATCH', path, { body: JSON.stringify(body) })

  delete = (path: `/${string}`) => this.request('DELETE', path)

  async query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: HeadersInit,
  ): Promise<{ status: number; headers: Headers; body: GraphQLResult<T> }> {
    const request = new Request(`${this.base}/graphql`, {
      method: 'POST',
      headers: this.headers(headers),
      body: JSON.stringify({ query, variables }),
    })
    const response = await this.graphql(request)
    return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResult<T> }
  }

  async login(email: string, password: string): Promise<void> {
    const response = await this.post('/users/login', { email, password })
    const body = (await response.json()) as { token?: string; errors?: unknown }
    if (!response.ok || !body.token) throw new Error(`login failed for ${email}: ${JSON.stringify(body)}`)
    this.token = body.token
  }

  logout(): void {
    this.token = null
  }
}

interface ValidationBody {
  errors?: { name?: string; message?: string; data?: { errors?: { path: string; message: string }[] } }[]
}

/** Asserts a clear 400 naming the field at `path`, and returns its message. */
export async function expectInvalid(response: Response, path: string): Promise<string> {
  const body = (await response.json()) as ValidationBody
  if (response.status !== 400)
    throw new Error(`expected 400 for ${path}, got ${response.status}: ${JSON.stringify(body)}`)
  const fieldErrors = body.errors?.[0]?.data?.errors ?? []
  const match = fieldErrors.find((e) => e.path === path)
  if (!match) throw new Error(`no error for ${path} in ${JSON.stringify(fieldErrors)}`)
  return match.message
}
