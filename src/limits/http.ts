import type { NextFunction, Request, Response } from 'express'

import { fill, languageOfHeaders, limitWords, pick } from '../i18n'

const withBody = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export interface BodyLimits {
  /** Any API request body but an upload. */
  maxBodyBytes: number
  /** A multipart upload (the media size limit plus room for its fields). */
  maxUploadBytes: number
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

/**
 * Bounds the bodies of API requests before anything reads them: Payload reads a body whole into
 * memory, so one anonymous 300 MB login would cost the server 300 MB and more. A body must state
 * its length (411 otherwise) and stay within the limit (413), answered in the caller's language.
 */
export const boundRequestBodies =
  (limits: BodyLimits) =>
  (req: Request, res: Response, next: NextFunction): void => {
    if (!withBody.has(req.method) || !req.path.startsWith('/api/')) return next()
    const refuse = (status: number, message: string) => {
      res.status(status).json({ errors: [{ message }] })
      // The rest of the body is read and thrown away, never kept, so the client can read the
      // answer instead of failing mid-send; the server's own timeouts bound a body that never ends.
      req.resume()
    }
    const language = languageOfHeaders({
      cookie: req.headers.cookie,
      'accept-language': req.headers['accept-language'],
    })
    const declared = req.headers['content-length']
    if (declared === undefined) {
      if (req.headers['transfer-encoding']) return refuse(411, pick(limitWords.lengthRequired, language))
      return next()
    }
    const limit = (req.headers['content-type'] ?? '').startsWith('multipart/form-data')
      ? limits.maxUploadBytes
      : limits.maxBodyBytes
    if (Number(declared) > limit)
      return refuse(413, fill(pick(limitWords.bodyTooLarge, language), { megabytes: megabytes(limit) }))
    next()
  }
