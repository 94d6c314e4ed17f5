/** The shapes the workflow's parts share: which collections it governs, a move asked for, checked and made. */
import type { StaffUser } from '../access'
import type { LocaleCode } from '../i18n'
import type { Published, Stages } from './hooks'
import type { Stage } from './stages'

import type { EditorialSlug } from '../content'

/** The collections the workflow governs: the content registry's (src/content). */
export { editorialSlugs, type EditorialSlug, isEditorialSlug } from '../content'

export const EVENTS = 'workflow-events'

/** An id from a URL, a GraphQL argument or a job, as the database keeps it: SQLite's are numbers, MongoDB's strings. */
export interface TransitionInput {
  locale?: unknown
  to?: unknown
  comment?: unknown
  at?: unknown
}

export interface TransitionResult {
  collection: EditorialSlug
  id: number | string
  locale: LocaleCode
  from: Stage
  to: Stage
  stage: Stage
  stages: Stages
  publishedIn: Published
  scheduledAt: string | null
}

export interface Prepared {
  collection: EditorialSlug
  id: number | string
  locale: LocaleCode
  from: Stage
  to: Stage
  comment: string
  at: Date | null
  user: StaffUser
  title: string
  source: LocaleCode
  stages: Stages
  published: Published
  /** The user who created the entry, if known. */
  createdBy: number | string | null
  /** The entry's latest draft in `locale`, without fallback: what publishing it makes public. */
  draft: Record<string, unknown>
}
