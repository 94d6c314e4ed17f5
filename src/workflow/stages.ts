/**
 * The stages an entry goes through in each language, and who may move it from one to the next.
 * Pure rules, no database: the transition service, the editing guard, the admin and the tests all
 * ask these functions.
 */
import { hasRole, isTranslatorOnly, type StaffUser } from '../access'
import { type LocaleCode, type Localized, workflowWords } from '../i18n'

export const stages = ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished'] as const
export type Stage = (typeof stages)[number]

export const isStage = (value: unknown): value is Stage =>
  typeof value === 'string' && (stages as readonly string[]).includes(value)

/** Where each stage may go next. A language on the site can also be taken off from any stage. */
export const nextStages: Record<Stage, readonly Stage[]> = {
  draft: ['in_review'],
  changes_requested: ['in_review'],
  in_review: ['approved', 'changes_requested'],
  approved: ['published', 'changes_requested'],
  published: ['unpublished'],
  unpublished: ['published'],
}

/** Stages in which nobody but an editor changes the text: it is being reviewed or was approved as it is. */
export const reviewStages: ReadonlySet<Stage> = new Set(['in_review', 'approved'])

/**
 * Stages an author may edit in. Editing published (or taken-off) text starts a revision: a draft on
 * top that goes through review, while the public text stays as it is.
 */
export const authorStages: ReadonlySet<Stage> = new Set(['draft', 'changes_requested', 'published', 'unpublished'])

/** Stages whose text, once changed, is a new draft that needs review again. */
export const settledStages: ReadonlySet<Stage> = new Set(['approved', 'published', 'unpublished'])

/** Transitions only editors (and admins) make. */
const editorOnly: ReadonlySet<Stage> = new Set(['approved', 'changes_requested', 'published', 'unpublished'])

export const isEditor = (user: unknown): boolean => hasRole(user, 'admin', 'editor')

export const MAX_COMMENT = 2000

export interface TransitionRequest {
  user: StaffUser | null
  locale: LocaleCode
  from: Stage
  to: Stage
  comment: string
  sourceLocale: LocaleCode
  /** Whether the entry was created by this user. */
  ownEntry: boolean
  /** Whether the locale has its required text (a title). */
  written: boolean
  /** Whether the source locale is published (a translation goes out with its original). */
  sourcePublished: boolean
  /** Whether this locale is on the site now (it may also have a newer draft in any stage). */
  live: boolean
  scheduled: boolean
}

export interface Refusal {
  status: 401 | 403 | 409 | 400
  words: Localized
}

/** Why a transition is refused, or null when it may go ahead. Permission is checked before possibility. */
export function refusalOf(t: TransitionRequest): Refusal | null {
  const { user } = t
  if (!user) return { status: 401, words: workflowWords.signInFirst }
  if (t.scheduled && t.to !== 'published' && t.to !== 'unpublished')
    return { status: 400, words: workflowWords.scheduleOnlyPublishing }
  if (editorOnly.has(t.to) && !isEditor(user)) return { status: 403, words: workflowWords.notYourRole }
  if (!isEditor(user)) {
    if (isTranslatorOnly(user)) {
      if (!(user.translatorLocales ?? []).includes(t.locale)) return { status: 403, words: workflowWords.notYourLocale }
      if (t.locale === t.sourceLocale) return { status: 403, words: workflowWords.notTheSource }
    } else if (!hasRole(user, 'author')) {
      return { status: 403, words: workflowWords.notYourRole }
    } else if (!t.ownEntry) {
      return { status: 403, words: workflowWords.notYourEntry }
    }
  }
  // What is on the site can be taken off whatever stage its newer draft is in.
  const possible = t.to === 'unpublished' ? t.live : nextStages[t.from].includes(t.to)
  if (!possible) return { status: 409, words: workflowWords.impossible }
  if (t.to === 'changes_requested' && t.comment.trim() === '')
    return { status: 400, words: workflowWords.commentRequired }
  if (t.comment.length > MAX_COMMENT) return { status: 400, words: workflowWords.commentTooLong }
  if ((t.to === 'in_review' || t.to === 'published') && !t.written)
    return { status: 409, words: workflowWords.nothingWritten }
  if (t.to === 'published' && t.locale !== t.sourceLocale && !t.sourcePublished && !t.scheduled) {
    return { status: 409, words: workflowWords.sourceFirst }
  }
  return null
}

/** The transitions this user may make now from `from` (for the admin's buttons and the API's answer). */
export const allowedTransitions = (t: Omit<TransitionRequest, 'to' | 'comment' | 'scheduled'>): Stage[] =>
  [...new Set<Stage>([...nextStages[t.from], 'unpublished'])].filter(
    (to) => refusalOf({ ...t, to, comment: to === 'changes_requested' ? '…' : '', scheduled: false }) === null,
  )
