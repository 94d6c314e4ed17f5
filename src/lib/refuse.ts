import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { type Localized, say } from '../i18n'

/**
 * A refusal of what the caller sent or may do (a 4xx): Payload logs it at `info`, as it logs its
 * own Forbidden, NotFound and ValidationError, so that a flood of bad requests is no flood of errors.
 * Its name is set here, not taken from the class, which a bundler may rename.
 */
export class Refusal extends APIError<null> {
  constructor(message: string, status: number) {
    super(message, status, undefined, true)
    this.name = 'Refusal'
  }
}

/**
 * Payload's `loggingLevels` for refusals: ours, and its own wrong sign-ins (`AuthenticationError`),
 * which it would log as errors. A 5xx stays an error.
 */
export const refusalLoggingLevels = { Refusal: 'info', AuthenticationError: 'info' } as const

/** A refusal with its HTTP status and a message in the caller's language, shown to the caller as is. */
export const refuse = (
  req: PayloadRequest,
  status: number,
  words: Localized,
  values: Record<string, number | string> = {},
) =>
  status < 500
    ? new Refusal(say(req, words, values), status)
    : new APIError(say(req, words, values), status, undefined, true)
