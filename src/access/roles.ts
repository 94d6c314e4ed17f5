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

export const isStaffUser = (user: unknown): user is StaffUser =>
  typeof user === 'object' && user !== null && 'id' in user

export const hasRole = (user: unknown, ...wanted: Role[]): boolean =>
  isStaffUser(user) && (user.roles ?? []).some((role) => wanted.includes(role))
