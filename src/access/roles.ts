import type { LocaleCode } from '../i18n'

export const roles = ['admin', 'editor', 'author', 'translator'] as const
export type Role = (typeof roles)[number]

/** The part of a user the access rules read; it is what the JWT carries (`saveToJWT`). */
export interface StaffUser {
  id: number | string
  collection?: string
  roles?: Role[] | null
  translatorLocales?: LocaleCode[] | null
}

/** A member of staff: a signed-in user of `users` (not a site's API client). */
export const isStaffUser = (user: unknown): user is StaffUser =>
  typeof user === 'object' &&
  user !== null &&
  'id' in user &&
  (!('collection' in user) || user.collection === undefined || user.collection === 'users')

/** A site or app signed in with its API key (`api-clients`). */
export interface ApiClientUser {
  id: number | string
  collection: 'api-clients'
  scope?: 'preview' | 'published' | null
  revoked?: boolean | null
}

export const isApiClient = (user: unknown): user is ApiClientUser =>
  typeof user === 'object' && user !== null && 'collection' in user && user.collection === 'api-clients'

/** Who may read drafts: staff, and API clients with the `preview` scope that are not revoked. */
export const readsDrafts = (user: unknown): boolean =>
  isStaffUser(user) || (isApiClient(user) && user.scope === 'preview' && user.revoked !== true)

export const hasRole = (user: unknown, ...wanted: Role[]): boolean =>
  isStaffUser(user) && (user.roles ?? []).some((role) => wanted.includes(role))

/** A translator and nothing more: the restrictions on shared fields and the source language apply. */
export const isTranslatorOnly = (user: unknown): boolean =>
  hasRole(user, 'translator') && !hasRole(user, 'admin', 'editor', 'author')
