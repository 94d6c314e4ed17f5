/**
 * What the workflow checks and records on every save of an editorial entry, whatever API it
 * comes through: nothing goes public outside a transition, authors and translators edit only
 * where and when they may, an edit to settled text makes it a draft again, and every version
 * records who made it.
 */
import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  Field,
  PayloadRequest,
} from 'payload'

import { hasRole, isStaffUser, isTranslatorOnly, type StaffUser } from '../access'
import { sourceOf, titleFieldOf } from '../content'
import {
  defaultLocale,
  isLocaleCode,
  type LocaleCode,
  localeCodes,
  localeNames,
  pick,
  stageLabels,
  workflowWords,
} from '../i18n'
import { refuse } from '../lib/refuse'
import { storedDraft, versionById } from '../lib/stored'
import { type Data, hasText, isData } from '../lib/data'
import { changesOf, languageOf } from './shape'
import { authorStages, isEditor, isStage, reviewStages, settledStages, type Stage } from './stages'

/** `req.context` keys. Only server code sets them; a caller cannot. */
export const TRANSITION = 'eafsWorkflowTransition'
export const EMPTYING = 'eafsWorkflowEmptying'
const WHOLE_STATUS = 'eafsWorkflowWholeStatus'
/** The version a restore brings back (its id), for the rule that checks every language it changes. */
const RESTORING = 'eafsWorkflowRestoring'

export type Stages = Record<LocaleCode, Stage>
export type Published = Record<LocaleCode, boolean>

export const stagesOf = (doc: unknown): Stages => {
  const stored = isData(doc) && isData(doc.workflow) ? doc.workflow : {}
  return Object.fromEntries(localeCodes.map((code) => [code, isStage(stored[code]) ? stored[code] : 'draft'])) as Stages
}

export const publishedOf = (doc: unknown): Published => {
  const stored = isData(doc) && isData(doc.publishedIn) ? doc.publishedIn : {}
  return Object.fromEntries(localeCodes.map((code) => [code, stored[code] === true])) as Published
}

/** A language's name in the caller's language. */
export const languageName = (req: PayloadRequest, code: LocaleCode): string =>
  pick(localeNames[code], req.i18n?.language)

/** A stage's name in the caller's language (never its code). */
export const stageName = (req: PayloadRequest, stage: Stage): string => pick(stageLabels[stage], req.i18n?.language)

/** A save made by a member of staff through an API that obeys access rules. */
const fromStaff = (req: PayloadRequest, overrideAccess: unknown): boolean =>
  isStaffUser(req.user) && overrideAccess !== true

/**
 * Before any write: a save by staff outside a transition never changes what is public. Publishing
 * the whole entry at once is the admins' alone; anyone else's save is kept as a draft, and an
 * explicit publish is refused with the way to do it. A version is restored only as a draft.
 */
export const keepPublishingInWorkflow: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (req.context[TRANSITION]) return args
  if (operation === 'restoreVersion') {
    // Payload reads `draft` before this hook runs, so a restore that would publish is refused, not altered.
    if (fromStaff(req, overrideAccess) && !('draft' in args && args.draft))
      throw refuse(req, 409, workflowWords.restoreAsDraft)
    if ('id' in args && (typeof args.id === 'string' || typeof args.id === 'number')) req.context[RESTORING] = args.id
    return args
  }
  if (operation !== 'create' && operation !== 'update') return args
  const data: Data = 'data' in args && isData(args.data) ? args.data : {}
  if ('draft' in args && args.draft) return args
  // Moving to the trash and back is not publishing: it touches `deletedAt` alone.
  if (operation === 'update' && Object.keys(data).length > 0 && Object.keys(data).every((key) => key === 'deletedAt'))
    return args
  if (fromStaff(req, overrideAccess) && !hasRole(req.user, 'admin')) {
    if (data._status === 'published') {
      const id = 'id' in args && (typeof args.id === 'string' || typeof args.id === 'number') ? String(args.id) : ':id'
      throw refuse(req, 403, workflowWords.publishThroughReview, { collection: collection.slug, id })
    }
    return { ...args, draft: true, data: { ...data, _status: 'draft' } }
  }
  // An admin's or the server's own whole-entry publish or unpublish: the stages follow it.
  if (data._status === 'published' || data._status === 'draft') req.context[WHOLE_STATUS] = data._status
  return args
}

/**
 * The languages a restore changes: Payload brings a version back whole, every language at once
 * (in the default language's name), so each language it changes is an edit of that language,
 * and a change to shared values an edit of the source.
 */
async function languagesRestored(
  req: PayloadRequest,
  collection: { slug: CollectionSlug; fields: Field[] },
  id: unknown,
  source: LocaleCode,
): Promise<LocaleCode[]> {
  const version = await versionById({ payload: req.payload, req }, collection.slug, req.context[RESTORING])
  const current = (await storedDraft(req, collection.slug, id)) ?? {}
  if (!version) return []
  const touched = new Set<LocaleCode>()
  for (const code of localeCodes) {
    const changes = changesOf(
      collection.fields,
      languageOf(collection.fields, version, code),
      languageOf(collection.fields, current, code),
    )
    if (changes.localized) touched.add(code)
    if (changes.shared) touched.add(source)
  }
  return localeCodes.filter((code) => touched.has(code))
}

/** The languages in which an entry has its title, the draft's text and this save's together. */
async function writtenLocales(
  req: PayloadRequest,
  collection: CollectionSlug,
  titleField: string,
  id: unknown,
  data: Data,
): Promise<LocaleCode[]> {
  const locale = isLocaleCode(req.locale) ? req.locale : defaultLocale
  const stored = (await storedDraft(req, collection, id))?.[titleField]
  const titles: Data = isData(stored) ? { ...stored } : {}
  if (titleField in data) titles[locale] = data[titleField]
  return localeCodes.filter((code) => hasText(titles[code]))
}

/**
 * Why `user` may not edit `locale` of an entry at `stage` now, or null: a translator never edits
 * the source and leaves a language alone while it is reviewed; an author edits in the stages of
 * `authorStages` (a published language starts a revision). Editors and admins edit anything. The
 * same rule refuses a save (trackWorkflow) and makes the admin's fields read-only (`editable` in
 * the workflow state).
 */
export function editRefusal(
  user: StaffUser,
  locale: LocaleCode,
  stage: Stage,
  source: LocaleCode,
): 'source' | 'stage' | null {
  if (isTranslatorOnly(user) && locale === source) return 'source'
  return lockedAt(user, stage) ? 'stage' : null
}

/** Whether text at `stage` is closed to `user`'s edits. */
const lockedAt = (user: StaffUser, stage: Stage): boolean =>
  !isEditor(user) && (isTranslatorOnly(user) ? reviewStages.has(stage) : !authorStages.has(stage))

export const trackWorkflow: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const next: Data = { ...data }
  const user = isStaffUser(req.user) ? req.user : null
  if (user) {
    next.updatedBy = user.id
    if (operation === 'create') next.createdBy = user.id
  }
  if (req.context[TRANSITION]) return next

  const doc: Data = isData(originalDoc) ? originalDoc : {}
  const locale = isLocaleCode(req.locale) ? req.locale : defaultLocale
  const source = sourceOf(operation === 'create' ? data : doc)
  const stages = stagesOf(doc)
  const published = publishedOf(doc)
  const whole = req.context[WHOLE_STATUS]
  delete req.context[WHOLE_STATUS]

  if (whole === 'published') {
    for (const code of await writtenLocales(req, collection.slug, titleFieldOf(collection), doc.id, data)) {
      stages[code] = 'published'
      published[code] = true
    }
    return { ...next, workflow: stages, publishedIn: published }
  }
  if (whole === 'draft' && operation === 'update') {
    for (const code of localeCodes) if (published[code]) stages[code] = 'unpublished'
    return { ...next, workflow: stages, publishedIn: Object.fromEntries(localeCodes.map((code) => [code, false])) }
  }

  if (req.context[RESTORING] !== undefined && operation === 'update') {
    // A restore is an edit of every language it changes, under the same rule as an edit by hand.
    const restored = await languagesRestored(req, collection, doc.id, source)
    delete req.context[RESTORING]
    for (const code of restored) {
      const refusal = user ? editRefusal(user, code, stages[code], source) : null
      if (refusal === 'source') throw refuse(req, 403, workflowWords.notTheSource, { locale: languageName(req, code) })
      if (refusal === 'stage')
        throw refuse(req, 403, workflowWords.lockedInReview, {
          locale: languageName(req, code),
          stage: stageName(req, stages[code]),
        })
      if (settledStages.has(stages[code])) stages[code] = 'draft'
    }
    return { ...next, workflow: stages, publishedIn: published }
  }

  const changes =
    operation === 'create'
      ? { localized: true, shared: true, reshapedLists: [] }
      : changesOf(collection.fields, data, doc)
  if (user && !isEditor(user)) {
    const touched: LocaleCode[] = [
      ...(changes.localized ? [locale] : []),
      ...(changes.shared && locale !== source ? [source] : []),
    ]
    if (isTranslatorOnly(user)) {
      if (locale === source) throw refuse(req, 403, workflowWords.notTheSource, { locale: languageName(req, locale) })
      const [list] = changes.reshapedLists
      if (list) throw refuse(req, 403, workflowWords.translatorRows, { field: list })
    }
    if (isTranslatorOnly(user) || operation === 'update') {
      for (const code of touched) {
        if (lockedAt(user, stages[code])) {
          throw refuse(req, 403, workflowWords.lockedInReview, {
            locale: languageName(req, code),
            stage: stageName(req, stages[code]),
          })
        }
      }
    }
  }
  // Settled text that changes is a new draft of its language; shared values belong to the source.
  if (changes.localized && settledStages.has(stages[locale])) stages[locale] = 'draft'
  if (changes.shared && settledStages.has(stages[source])) stages[source] = 'draft'
  return { ...next, workflow: stages, publishedIn: published }
}
