/**
 * One transition of one language of one entry: checked against the rules (./stages), carried
 * out, and recorded in `workflow-events`, in one transaction. Publishing a language makes exactly
 * that language's current draft public: the other languages stay as they were published, and
 * values shared by all languages go out only with the source language. Payload publishes one
 * locale (`publishSpecificLocale`) and keeps the pending drafts as the latest version; what
 * Payload would take from the draft for shared values is given from the public entry instead,
 * and the latest version is then set back to the exact draft, so nobody's pending work is lost.
 */
import type { Field, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { isStaffUser } from '../access'
import { isLocaleCode, type LocaleCode, localeCodes, workflowWords } from '../i18n'
import { refuse } from '../lib/refuse'
import {
  deleteVersions,
  recentVersions,
  rewriteVersion,
  storedDraft,
  storedEntry,
  type StoredVersion,
  writeEntry,
} from '../lib/stored'
import {
  EMPTYING,
  languageName,
  publishedOf,
  stageName,
  stagesOf,
  TRANSITION,
  type Published,
  type Stages,
} from './hooks'
import { sourceOf, titleFieldOf } from '../content'
import { notifyOfMove } from './notify'
import { type Data, hasText, idOf, isData } from '../lib/data'
import { languageView, sameContent, withValuesFilledByPublish } from './shape'
import { isStage, refusalOf, type Stage, stages as allStages } from './stages'
import { EVENTS, type EditorialSlug, type Prepared, type TransitionInput, type TransitionResult } from './types'

/** The checked input: a known language and stage, a comment, an optional future time. */
function readInput(req: PayloadRequest, input: TransitionInput) {
  const { locale, to } = input
  if (!isLocaleCode(locale)) {
    throw refuse(req, 400, workflowWords.unknownLocale, {
      locale: String(locale ?? ''),
      allowed: localeCodes.join(', '),
    })
  }
  if (!isStage(to))
    throw refuse(req, 400, workflowWords.unknownStage, { to: String(to ?? ''), allowed: allStages.join(', ') })
  const comment = typeof input.comment === 'string' ? input.comment : ''
  let at: Date | null = null
  if (input.at !== undefined && input.at !== null && input.at !== '') {
    at = typeof input.at === 'string' ? new Date(input.at) : new Date(Number.NaN)
    if (Number.isNaN(at.getTime()) || at.getTime() <= Date.now())
      throw refuse(req, 400, workflowWords.badTime, { at: String(input.at) })
  }
  return { locale, to, comment, at }
}

/** The languages of an entry on the site now, as the public entry says. */
export async function liveLocales(req: PayloadRequest, collection: EditorialSlug, id: unknown): Promise<Published> {
  const live: unknown = await req.payload.db.findOne({ collection, req, where: { id: { equals: id } } })
  return publishedOf(live)
}

/** An entry as its latest draft reads in one language (no fallback), or a 404. */
async function loadDraft(
  req: PayloadRequest,
  collection: EditorialSlug,
  id: number | string,
  locale: LocaleCode,
): Promise<Data> {
  try {
    const doc: unknown = await req.payload.findByID({
      collection,
      id,
      locale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    })
    if (isData(doc)) return doc
  } catch {
    // An id of the wrong form, or none: the same answer.
  }
  throw refuse(req, 404, workflowWords.notFound)
}

/**
 * The versions a transition leaves, made truthful. Payload's per-language publish adds a snapshot
 * draft after the published version (without a `version.updatedAt`), and a move that only changes
 * a stage saves a draft version; either way the edit view would say "changed since published" and
 * offer a revert where nothing changed. After a step, the versions it made are settled:
 *  - if the entry is on the site and no language has a pending draft (every written field as the
 *    public entry has it), the step's draft versions go and the newest published version is the
 *    latest again;
 *  - if a language has a pending draft, the newest version is exactly that draft, all languages as
 *    they were before the step, dated now, with the new workflow state; nobody's work is lost.
 */
async function settleVersions(
  req: PayloadRequest,
  collection: EditorialSlug,
  fields: Field[],
  id: number | string,
  since: Date,
  before: unknown,
  draft: Data | null,
  state: Data,
) {
  const stored = { payload: req.payload, req }
  const docs = await recentVersions(stored, collection, id, 20)
  const made = docs.filter(
    (version) =>
      new Date(version.createdAt).getTime() >= since.getTime() &&
      isData(version.version) &&
      version.version._status === 'draft',
  )
  if (made.length === 0) return
  const live = await storedEntry(stored, collection, id)
  const now = new Date().toISOString()
  const [newest] = docs
  const rewrite = (version: StoredVersion, content: Data, latest: boolean, updatedAt: string) =>
    rewriteVersion(stored, collection, { ...version, parent: id }, content, { latest, updatedAt })
  const onSite = isData(live) && live._status === 'published'
  const pending =
    draft && isData(live) ? withValuesFilledByPublish(fields, draft, isData(before) ? before : {}, live) : draft
  if (pending && !(onSite && sameContent(fields, pending, live))) {
    if (made.includes(newest))
      await rewrite(newest, { ...pending, ...state, _status: 'draft', updatedAt: now }, true, now)
    return
  }
  if (!onSite) return
  await deleteVersions(
    stored,
    collection,
    made.map((version) => version.id),
  )
  const published = docs.find(
    (version) => !made.includes(version) && isData(version.version) && version.version._status === 'published',
  )
  if (published && isData(published.version)) {
    await rewrite(published, { ...published.version, ...state }, true, new Date(published.updatedAt).toISOString())
  }
}

/** The stage a language is in after a transition: taking it off keeps a newer draft's stage. */
const stageAfter = (from: Stage, to: Stage): Stage => (to === 'unpublished' && from !== 'published' ? from : to)

interface Step {
  collection: EditorialSlug
  fields: Field[]
  id: number | string
  locale: LocaleCode
  source: LocaleCode
  stages: Stages
  published: Published
  to: Stage
  /** The language's draft, when it is being published. */
  texts: Data | null
}

/**
 * Writes one language's new stage, publishing or taking it off the site as the stage says, and
 * answers the entry's stages and published languages as written.
 */
async function carryOut(req: PayloadRequest, step: Step): Promise<{ stages: Stages; published: Published }> {
  const { collection, fields, id, locale, source, to } = step
  const stages: Stages = { ...step.stages, [locale]: stageAfter(step.stages[locale], to) }
  const published: Published = { ...step.published }
  const context = { [TRANSITION]: true }
  const since = new Date()
  const pending = await storedDraft(req, collection, id)
  const before: unknown = await req.payload.db.findOne({
    collection,
    req,
    locale: 'all',
    where: { id: { equals: id } },
  })
  const updatedBy = isStaffUser(req.user) ? req.user.id : null
  if (to !== 'published' && to !== 'unpublished') {
    await req.payload.update({
      collection,
      id,
      locale,
      draft: true,
      data: { workflow: stages },
      overrideAccess: true,
      req,
      context,
    })
    // The stages are staff's: the public reads none of them.
    await writeEntry({ payload: req.payload, req }, collection, id, { workflow: stages }, { seenByPublic: false })
    await settleVersions(req, collection, fields, id, since, before, pending && { ...pending, workflow: stages }, {
      workflow: stages,
    })
    return { stages, published }
  }
  published[locale] = to === 'published'
  if (locale === source && to === 'unpublished') {
    // The source carries the entry: taking it off takes the entry off the site.
    await req.payload.update({
      collection,
      id,
      locale,
      data: { _status: 'draft', workflow: stages, publishedIn: published },
      overrideAccess: true,
      req,
      context,
    })
    return { stages, published }
  }
  const state = { workflow: stages, publishedIn: published }
  if (locale === source) {
    await req.payload.update({
      collection,
      id,
      locale,
      publishSpecificLocale: locale,
      data: { _status: 'published', ...state },
      overrideAccess: true,
      req,
      context,
    })
    await settleVersions(req, collection, fields, id, since, before, pending, { ...state, updatedBy })
    return { stages, published }
  }
  const current: unknown = await req.payload.findByID({
    collection,
    id,
    locale,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  const data = {
    ...languageView(fields, isData(current) ? current : {}, step.texts),
    _status: 'published' as const,
    ...state,
  }
  await req.payload.update({
    collection,
    id,
    locale,
    publishSpecificLocale: locale,
    data,
    overrideAccess: true,
    req,
    context: { ...context, [EMPTYING]: to === 'unpublished' },
  })
  await settleVersions(req, collection, fields, id, since, before, pending, { ...state, updatedBy })
  return { stages, published }
}

/**
 * Checks a move of `locale` of the entry to `to` (now, or at `at`) against the rules, or refuses
 * with 400/401/403/404/409 and a message in the caller's language.
 */
export async function prepareTransition(
  req: PayloadRequest,
  collection: EditorialSlug,
  id: number | string,
  input: TransitionInput,
): Promise<Prepared> {
  const { locale, to, comment, at } = readInput(req, input)
  const user = isStaffUser(req.user) ? req.user : null
  if (!user) throw refuse(req, 401, workflowWords.signInFirst)
  const doc = await loadDraft(req, collection, id, locale)
  const stages = stagesOf(doc)
  const published = await liveLocales(req, collection, doc.id)
  const source = sourceOf(doc)
  const from = stages[locale]
  const titleField = titleFieldOf(req.payload.collections[collection].config)
  const refusal = refusalOf({
    user,
    locale,
    from,
    to,
    comment,
    sourceLocale: source,
    scheduled: at !== null,
    ownEntry: String(idOf(doc.createdBy)) === String(user.id),
    written: hasText(doc[titleField]),
    sourcePublished: published[source],
    live: published[locale],
  })
  if (refusal) {
    throw refuse(req, refusal.status, refusal.words, {
      stage: stageName(req, from),
      to: stageName(req, to),
      locale: languageName(req, locale),
      allowed: (user.translatorLocales ?? [])
        .filter(isLocaleCode)
        .map((code) => languageName(req, code))
        .join(', '),
    })
  }
  const entryId = doc.id as number | string
  const creator = idOf(doc.createdBy)
  const createdBy = typeof creator === 'number' || typeof creator === 'string' ? creator : null
  return {
    collection,
    id: entryId,
    locale,
    from,
    to,
    comment,
    at,
    user,
    title: String(doc[titleField] ?? ''),
    source,
    stages,
    published,
    createdBy,
    draft: doc,
  }
}

/** Records moves in `workflow-events` (a scheduled one with its time). */
export async function recordEvents(
  req: PayloadRequest,
  prepared: Prepared,
  events: { locale: LocaleCode; from: Stage; to: Stage }[],
  scheduledFor?: Date,
): Promise<void> {
  for (const event of events) {
    await req.payload.create({
      collection: EVENTS,
      data: {
        collectionSlug: prepared.collection,
        entry: String(prepared.id),
        entryTitle: prepared.title,
        ...event,
        comment: prepared.comment,
        user: prepared.user.id as number,
        scheduledFor: scheduledFor?.toISOString(),
      },
      overrideAccess: true,
      req,
    })
  }
}

/**
 * Moves `locale` of the entry to `to` now, or refuses. Taking the source language off also takes
 * off every published translation.
 */
export async function transition(
  req: PayloadRequest,
  collection: EditorialSlug,
  id: number | string,
  input: TransitionInput,
): Promise<TransitionResult> {
  const prepared = await prepareTransition(req, collection, id, { ...input, at: undefined })
  const { locale, from, to, source } = prepared
  const fields = req.payload.collections[collection].config.fields
  let { stages, published } = prepared
  const ownTransaction = await initTransaction(req)
  try {
    const events: { locale: LocaleCode; from: Stage; to: Stage }[] = []
    const move = async (moved: LocaleCode, target: Stage) => {
      events.push({ locale: moved, from: stages[moved], to: target })
      const texts = target === 'published' ? prepared.draft : null
      const written = await carryOut(req, {
        collection,
        fields,
        id: prepared.id,
        locale: moved,
        source,
        stages,
        published,
        to: target,
        texts,
      })
      stages = written.stages
      published = written.published
    }
    if (locale === source && to === 'unpublished') {
      for (const other of localeCodes) if (other !== source && published[other]) await move(other, 'unpublished')
    }
    await move(locale, to)
    await recordEvents(req, prepared, events)
    if (ownTransaction) await commitTransaction(req)
    await notifyOfMove(req, prepared)
    return {
      collection,
      id: prepared.id,
      locale,
      from,
      to,
      stage: stages[locale],
      stages,
      publishedIn: published,
      scheduledAt: null,
    }
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}
