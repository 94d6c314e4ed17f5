/**
 * The input guard: no input a caller sends may end in a 500, leak internal text, or put into the
 * database what a published entry could not hold. It owns:
 *  - the shape of every request's body and query conditions (`where`), checked before Payload
 *    works on them (where.ts, and this file);
 *  - relations and rich text that point only at entries that exist, with only the editor's node
 *    types and safe link schemes (relations.ts, richText.ts);
 *  - uploaded files: safe names, a pixel limit, nothing left behind by a refused save (uploads.ts);
 *  - the fields only the server sets: the publication status and the timestamps (system.ts);
 *  - every REST error answered in the caller's language, without internal detail (errors.ts), and
 *    the API answers Payload's error handling never sees (http.ts, mounted by the server).
 * Plugged into every collection and global by the config; the server's own Local API calls (seed,
 * start-up, restore) are trusted and not checked.
 */
import type {
  CollectionBeforeOperationHook,
  CollectionConfig,
  Config,
  Field,
  GlobalBeforeOperationHook,
  GlobalConfig,
  Plugin,
  PayloadRequest,
} from 'payload'

import { ValidationError } from 'payload'

import { guardWords, say } from '../i18n'
import { isRelationRead } from '../lib/population'
import { refuse } from '../lib/refuse'
import { answerInCallersLanguage } from './errors'
import { nestingOf, valuesOfType, wrongKinds } from './fields'
import { missingFilesAre404 } from './files'
import { checkRelationsExist } from './relations'
import { checkRichTextFields, richTextProblem } from './richText'
import { refuseCallerGlobalFields, refuseCallerTimestamps, refuseUnknownStatus } from './system'
import { guardUploads } from './uploads'
import { assertWhereShape } from './where'

export { answerUnreadableRequests, guardAPI, refuseUnknownMethods } from './http'
export { isSafeLink } from './richText'

const WRITES = new Set(['create', 'update', 'updateByID'])
/** The longest text a field without its own limit takes. */
const MAX_TEXT_LENGTH = 10_000
/** How deeply a saved entry may nest objects and arrays (rich text included). */
const MAX_BODY_NESTING = 64

/**
 * The data of a write: a JSON object, not nested past reason, whose rich text is well formed
 * (checked here, before the editor's own hooks walk it). A problem in a field is a validation
 * error on that field, which the admin shows beside it.
 */
function checkWriteData(
  req: PayloadRequest,
  fields: Field[],
  data: unknown,
  owner: { collection?: string; global?: string },
): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    // With a file, Payload reads the other fields from one form field, `_payload`, as JSON.
    const multipart = (req.headers.get('content-type') ?? '').startsWith('multipart/')
    throw refuse(req, 400, multipart ? guardWords.uploadFields : guardWords.bodyNotObject)
  }
  if (nestingOf(data, MAX_BODY_NESTING) > MAX_BODY_NESTING)
    throw refuse(req, 400, guardWords.bodyTooDeep, { max: MAX_BODY_NESTING })
  const errors = [
    ...wrongKinds(fields, data).map(({ path, expected }) => ({
      path,
      message: say(req, guardWords.wrongKind, { kind: say(req, guardWords.kinds[expected]) }),
    })),
    ...valuesOfType(fields, data, 'richText').flatMap(({ path, value }) => {
      const message = richTextProblem(value, req)
      return message ? [{ path, message }] : []
    }),
  ]
  if (errors.length > 0) throw new ValidationError({ ...owner, errors }, req.t)
}

/** A write's data, and a `where` the database could not be asked, are checked before Payload works on them. */
const checkRequestShape: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const { data, where } = args as { data?: unknown; where?: unknown }
  if (WRITES.has(operation)) checkWriteData(req, collection.fields, data, { collection: collection.slug })
  if (where !== undefined && !isRelationRead(args)) assertWhereShape(req, collection.slug, where)
  return args
}

const checkGlobalWrite: GlobalBeforeOperationHook = ({ args, global, operation, req }) => {
  if (!args || req.payloadAPI === 'local' || operation !== 'update') return args
  checkWriteData(req, global.fields, (args as { data?: unknown }).data, { global: global.slug })
  return args
}

const guardCollection = (unguarded: CollectionConfig): CollectionConfig => {
  const collection = guardUploads(unguarded)
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields: checkRichTextFields(checkRelationsExist(collection.fields)),
    upload: missingFilesAre404(collection.upload),
    hooks: {
      ...hooks,
      beforeOperation: [checkRequestShape, refuseUnknownStatus, ...(hooks.beforeOperation ?? [])],
      beforeValidate: [refuseCallerTimestamps, ...(hooks.beforeValidate ?? [])],
    },
  }
}

const guardGlobal = (global: GlobalConfig): GlobalConfig => {
  const hooks = global.hooks ?? {}
  return {
    ...global,
    fields: checkRichTextFields(checkRelationsExist(global.fields)),
    hooks: {
      ...hooks,
      beforeOperation: [checkGlobalWrite, ...(hooks.beforeOperation ?? [])],
      beforeValidate: [refuseCallerGlobalFields, ...(hooks.beforeValidate ?? [])],
    },
  }
}

export const inputGuard =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    // Payload's default is 40,000 characters for a text without its own limit.
    defaultMaxTextLength: config.defaultMaxTextLength ?? MAX_TEXT_LENGTH,
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), answerInCallersLanguage] },
    collections: config.collections?.map(guardCollection),
    globals: config.globals?.map(guardGlobal),
  })
