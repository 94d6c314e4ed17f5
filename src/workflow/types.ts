/** The shapes the workflow's parts share: which collections it governs, a move asked for, checked and made. */
import type { StaffUser } from '../access'
import type { LocaleCode } from '../i18n'
import type { Published, Stages } from './hooks'
import type { Stage } from './stages'

export const editorialCollections = ['news', 'activities', 'courses', 'bilateral-relations'] as const
export type EditorialSlug = (typeof editorialCollections)[number]
export const isEditorialSlug = (value: unknown): value is EditorialSlug =>
  typeof value === 'string' && (editorialCollections as readonly string[]).includes(value)

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
