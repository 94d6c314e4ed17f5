/**
 * What only the server sets: the publication status is `draft` or `published`, nothing else, and
 * the timestamps are the server's. Over the API (REST, GraphQL) a request that sends another
 * status, its own `createdAt`, or an `updatedAt` for a new entry is refused; an `updatedAt` sent
 * with a change (the admin's form sends back the one it loaded) is replaced by the server's time.
 * The server's own calls (seed, import, restore) may set them.
 */
import type {
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
  GlobalBeforeValidateHook,
  PayloadRequest,
} from 'payload'

import { guardWords } from '../i18n'
import { refuse } from '../lib/refuse'

const STATUSES = new Set(['draft', 'published'])
const fromCaller = (req: PayloadRequest) => req.payloadAPI !== 'local'
const given = (value: unknown) => value !== undefined && value !== null && value !== ''
const sameInstant = (a: unknown, b: unknown) =>
  (typeof a === 'string' || a instanceof Date) &&
  (typeof b === 'string' || b instanceof Date) &&
  new Date(a).getTime() === new Date(b).getTime()

function checkStatus(req: PayloadRequest, data: unknown): void {
  if (typeof data !== 'object' || data === null || !('_status' in data)) return
  const status = (data as { _status?: unknown })._status
  if (given(status) && !(typeof status === 'string' && STATUSES.has(status)))
    throw refuse(req, 400, guardWords.badStatus)
}

function checkTimestamps(
  req: PayloadRequest,
  data: Record<string, unknown>,
  stored: Record<string, unknown> | undefined,
): void {
  if (given(data.createdAt) && !(stored && sameInstant(data.createdAt, stored.createdAt))) {
    throw refuse(req, 400, guardWords.serverSetField, { field: 'createdAt' })
  }
  if (given(data.updatedAt) && !stored) throw refuse(req, 400, guardWords.serverSetField, { field: 'updatedAt' })
  delete data.updatedAt
}

/** Refuses a publication status other than draft and published, before Payload reads it. */
export const refuseUnknownStatus: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update' || operation === 'updateByID') && fromCaller(req))
    checkStatus(req, (args as { data?: unknown }).data)
  return args
}

export const refuseCallerTimestamps: CollectionBeforeValidateHook = ({ data, originalDoc, operation, req }) => {
  // Payload's own updates of an account (a password reset) pass the stored document, not a caller's data.
  if (!data || !fromCaller(req) || (operation === 'update' && !originalDoc)) return data
  checkTimestamps(req, data, operation === 'update' ? originalDoc : undefined)
  return data
}

export const refuseCallerGlobalFields: GlobalBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data || !fromCaller(req)) return data
  checkStatus(req, data)
  checkTimestamps(req, data, originalDoc ?? {})
  return data
}
