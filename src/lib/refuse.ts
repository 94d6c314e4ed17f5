import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { type Localized, say } from '../i18n'

/** A refusal with its HTTP status and a message in the caller's language, shown to the caller as is. */
export const refuse = (
  req: PayloadRequest,
  status: number,
  words: Localized,
  values: Record<string, number | string> = {},
) => new APIError(say(req, words, values), status, undefined, true)
