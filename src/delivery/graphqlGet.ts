/**
 * GraphQL over GET (`/api/graphql?query=…&variables=…`), so that a CDN or a browser can cache a
 * site's queries. Payload's own handler answers it: graphql-http, which it runs on, takes GET for
 * queries and refuses mutations (405). Payload's generated route answers POST only, and is not
 * ours to edit, so the server hands GET requests to the same handler.
 */
import type { RequestHandler } from 'express'

export type FetchHandler = (request: Request) => Promise<Response>

export const graphqlOverGet =
  (handler: FetchHandler): RequestHandler =>
  async (req, res, next) => {
    try {
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value)
        else if (Array.isArray(value)) for (const item of value) headers.append(name, item)
      }
      const url = new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`)
      const response = await handler(new Request(url, { method: 'GET', headers }))
      res.status(response.status)
      response.headers.forEach((value, name) => {
        if (name !== 'content-length' && name !== 'content-encoding') res.setHeader(name, value)
      })
      res.send(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      next(error)
    }
  }
