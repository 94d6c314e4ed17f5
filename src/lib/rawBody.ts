/**
 * Answers whose body is already in memory (the response cache's), remembered by the `Response`
 * that carries them, so that the server writes the bytes as they are instead of reading them back
 * out of the `Response`'s stream, a copy per request.
 */
const bodies = new WeakMap<Response, Uint8Array>()

export const withRawBody = (response: Response, body: Uint8Array): Response => {
  bodies.set(response, body)
  return response
}

export const rawBodyOf = (response: Response): Uint8Array | undefined => bodies.get(response)
