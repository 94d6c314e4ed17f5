/**
 * Every REST error answer in the caller's language, and never internal text. Payload's own
 * refusals (validation, unknown paths, not found, expired tokens…) keep their status and data, with
 * their message taken from Payload's translations in the caller's language: by the error's class and
 * `data` (ValidationError, QueryError, NotFound, Forbidden…), never by its text or stack. The few
 * refusals Payload throws as a plain APIError with fixed English text are answered before Payload
 * (requests.ts; tests/http/hostile.test.ts fails on an untranslated message). A request that breaks
 * while being read (a `_payload` that is not JSON, a remote file that cannot be fetched, an image
 * the decoder refuses) becomes a 400. Anything else stays a 500 with a reference to the log line,
 * and no detail.
 */
import type { AfterErrorHook, PayloadRequest } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import {
  AuthenticationError,
  FileRetrievalError,
  Forbidden,
  LockedAuth,
  NotFound,
  QueryError,
  UnauthorizedError,
  UnverifiedEmail,
  ValidationError,
} from 'payload'
import crypto from 'node:crypto'

import { guardWords, say } from '../i18n'
import { removeUnsavedUploads } from './uploads'

/** A decoder's refusal of an uploaded file (sharp, file-type), caused by the file itself. */
const BAD_FILE =
  /^(Input (buffer|file|image)|VipsJpeg|pngload|Invalid (PNG|JPEG|GIF|WEBP)|Unsupported image format|Image to composite|Expected .* for)/i

type FieldLabel = Parameters<typeof getTranslation>[0]

/** A field of a ValidationError as Payload names it: its label in the caller's language, or its path. */
const fieldName = (req: PayloadRequest, entry: { label?: unknown; path: string }): string => {
  const { label } = entry
  if (typeof label === 'string' && label) return label
  if (typeof label !== 'function' && (typeof label !== 'object' || label === null)) return entry.path
  const text = getTranslation(label as FieldLabel, req.i18n)
  return typeof text === 'string' && text ? text : entry.path
}

/** The message of one of Payload's refusals, by its class and data, in the caller's language; null for any other error. */
const byClass = (req: PayloadRequest, error: Error): string | null => {
  if (error instanceof ValidationError) {
    const names = error.data.errors.map((entry) => fieldName(req, entry))
    return `${req.t('error:followingFieldsInvalid', { count: names.length })} ${names.join(', ')}`
  }
  if (error instanceof QueryError) {
    const paths = (Array.isArray(error.data) ? (error.data as { path?: unknown }[]) : []).map((entry) =>
      String(entry.path),
    )
    return say(req, guardWords.whereShape, { path: paths.join(', '), problem: say(req, guardWords.whereUnknownPath) })
  }
  if (error instanceof NotFound) return req.t('general:notFound')
  if (error instanceof Forbidden) return req.t('error:notAllowedToPerformAction')
  if (error instanceof UnauthorizedError) return req.t('error:unauthorized')
  if (error instanceof AuthenticationError) return req.t('error:emailOrPasswordIncorrect')
  if (error instanceof LockedAuth) return req.t('error:userLocked')
  if (error instanceof UnverifiedEmail) return req.t('error:unverifiedEmail')
  return null
}

type ErrorEntry = { message?: unknown; [key: string]: unknown }

export const answerInCallersLanguage: AfterErrorHook = async ({ error, req, result }) => {
  await removeUnsavedUploads(req)
  const status = (error as { status?: number }).status ?? 500
  const body = (result ?? { errors: [] }) as { errors?: ErrorEntry[] }
  // A refusal meant for the caller (a 4xx, or a public 5xx such as the deadline's 503) keeps its status.
  if (status < 500 || (error as { isPublic?: boolean }).isPublic === true) {
    const known = byClass(req, error)
    const errors = (body.errors ?? []).map((entry) => {
      const message = typeof entry.message === 'string' ? entry.message : ''
      return { ...entry, message: known ?? message }
    })
    return { response: { ...body, errors }, status }
  }
  if (error instanceof SyntaxError) {
    req.payload.logger.warn(`Refused an unreadable request (400): ${error.message}`)
    return {
      response: {
        errors: [{ message: say(req, guardWords.inputRefused, { problem: say(req, guardWords.bodyUnreadable) }) }],
      },
      status: 400,
    }
  }
  if (error instanceof FileRetrievalError) {
    return { response: { errors: [{ message: say(req, guardWords.remoteFile) }] }, status: 400 }
  }
  if (BAD_FILE.test(error.message)) {
    return { response: { errors: [{ message: say(req, guardWords.fileUnreadable) }] }, status: 400 }
  }
  const reference = crypto.randomBytes(4).toString('hex')
  req.payload.logger.error({ err: error, reference }, `Answered 500, reference ${reference}`)
  return { response: { errors: [{ message: say(req, guardWords.internal, { reference }) }] }, status: 500 }
}
