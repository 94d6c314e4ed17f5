/**
 * Every REST error answer in the caller's language, and never internal text. Payload's own
 * refusals (validation, unknown paths, not found, expired tokens…) keep their status and data, with
 * their message taken from Payload's translations in the caller's language. An error the request
 * itself caused while being read (a broken multipart body or `_payload`, a broken `where`, an image
 * the decoder refuses) becomes a 400. Anything else stays a 500 with a reference to the log line,
 * and no detail.
 */
import type { AfterErrorHook, PayloadRequest } from 'payload'

import { enTranslations } from '@payloadcms/translations/languages/en'
import crypto from 'node:crypto'

import { guardWords, say } from '../i18n'
import { removeUnsavedUploads } from './uploads'

type TranslationKey = Parameters<PayloadRequest['t']>[0]

/** Payload's English messages, each with the key that gives it in another language. */
const keyOfEnglish = new Map<string, string>()
for (const [namespace, entries] of Object.entries(enTranslations)) {
  for (const [key, text] of Object.entries(entries as Record<string, string>)) {
    if (!text.includes('{{') && !keyOfEnglish.has(text)) keyOfEnglish.set(text, `${namespace}:${key}`)
  }
}
keyOfEnglish.set('Not Found', 'general:notFound')
keyOfEnglish.set('Invalid JSON', '')

/** Where in Payload an error was thrown while reading the request, not while doing the work. */
const READING_REQUEST =
  /addDataAndFileToRequest|processMultipartFormdata|busboy|parseParams|getRequestCollection|sanitizeQueryValue/

/** A decoder's refusal of an uploaded file (sharp, file-type), caused by the file itself. */
const BAD_FILE =
  /^(Input (buffer|file|image)|VipsJpeg|pngload|Invalid (PNG|JPEG|GIF|WEBP)|Unsupported image format|Image to composite|Expected .* for)/i

const translated = (req: PayloadRequest, message: string): string | null => {
  if (message === 'Invalid JSON') return say(req, guardWords.bodyNotJSON)
  if (/^Missing 'where' query of documents to /.test(message)) return say(req, guardWords.whereRequired)
  const key = keyOfEnglish.get(message)
  if (!key) return null
  const text = req.t(key as TranslationKey)
  return text && text !== key ? text : null
}

/** A message for a Payload ValidationError or QueryError: its heading in the caller's language, then the paths. */
const headed = (req: PayloadRequest, message: string): string | null => {
  const fields = /^The following fields? (?:is|are) invalid(?: \(\d+\))?:\s*(.*)$/s.exec(message)
  if (fields) return `${req.t('error:followingFieldsInvalid', { count: fields[1].split(',').length })} ${fields[1]}`
  const paths = /^The following paths? cannot be queried:\s*(.*)$/s.exec(message)
  if (paths) return say(req, guardWords.whereShape, { path: paths[1], problem: say(req, guardWords.whereUnknownPath) })
  return null
}

type ErrorEntry = { message?: unknown; [key: string]: unknown }

export const answerInCallersLanguage: AfterErrorHook = async ({ error, req, result }) => {
  await removeUnsavedUploads(req)
  const status = (error as { status?: number }).status ?? 500
  const body = (result ?? { errors: [] }) as { errors?: ErrorEntry[] }
  // A refusal meant for the caller (a 4xx, or a public 5xx such as the deadline's 503) keeps its status.
  if (status < 500 || (error as { isPublic?: boolean }).isPublic === true) {
    const errors = (body.errors ?? []).map((entry) => {
      const message = typeof entry.message === 'string' ? entry.message : ''
      return { ...entry, message: headed(req, message) ?? translated(req, message) ?? message }
    })
    return { response: { ...body, errors }, status }
  }
  const stack = error.stack ?? ''
  if (error instanceof SyntaxError || READING_REQUEST.test(stack)) {
    req.payload.logger.warn(`Refused an unreadable request (400): ${error.message}`)
    return {
      response: {
        errors: [{ message: say(req, guardWords.inputRefused, { problem: say(req, guardWords.bodyUnreadable) }) }],
      },
      status: 400,
    }
  }
  if (error.name === 'FileRetrievalError') {
    return { response: { errors: [{ message: say(req, guardWords.remoteFile) }] }, status: 400 }
  }
  if (BAD_FILE.test(error.message)) {
    return { response: { errors: [{ message: say(req, guardWords.fileUnreadable) }] }, status: 400 }
  }
  const reference = crypto.randomBytes(4).toString('hex')
  req.payload.logger.error({ err: error, reference }, `Answered 500, reference ${reference}`)
  return { response: { errors: [{ message: say(req, guardWords.internal, { reference }) }] }, status: 500 }
}
