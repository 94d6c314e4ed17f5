/**
 * Shared access rules. Each is a small named function; where a rule depends on the document it
 * returns a `Where`, so REST, GraphQL and the Local API (with `overrideAccess: false`) apply the
 * very same filter in the database query.
 */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { isLocaleCode } from '../i18n'
import { hasRole, isStaffUser, readsDrafts } from './roles'

export * from './roles'

/** Anyone, signed in or not. */
export const anyone: Access = () => true

/** Any signed-in member of staff (also usable as the admin-panel gate, which wants a boolean). */
export const signedIn = ({ req }: { req: PayloadRequest }): boolean => isStaffUser(req.user)

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/** Admins see everyone; everybody else only their own account. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!isStaffUser(req.user)) return false
  return { id: { equals: req.user.id } } satisfies Where
}

/**
 * Staff (and preview API clients) read drafts; the public reads only what is published, and only
 * entries published in the language asked for or in one it falls back to (none, with
 * `fallback-locale=none`).
 */
export const publishedOrStaff: Access = ({ req }) => {
  if (readsDrafts(req.user)) return true
  const published: Where = { _status: { equals: 'published' } }
  if (!isLocaleCode(req.locale)) return published
  const chain = req.fallbackLocale === false ? [] : [req.fallbackLocale ?? []].flat()
  const readable = [req.locale, ...chain].filter(isLocaleCode)
  return {
    and: [published, { or: readable.map((code) => ({ [`publishedIn.${code}`]: { equals: true } })) }],
  } satisfies Where
}

/** Who may write new content: admins, editors and authors. */
export const canCreateContent: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'author')

/**
 * Who may change content: admins, editors and authors in every locale; translators only in the
 * locales they are assigned (`translatorLocales`), checked against the locale of the request.
 */
export const canUpdateContent: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'author')) return true
  if (hasRole(req.user, 'translator') && isStaffUser(req.user)) {
    const locale = req.locale
    return typeof locale === 'string' && (req.user.translatorLocales ?? []).some((l) => l === locale)
  }
  return false
}

/**
 * Who may change an editorial entry: admins and editors any; authors the entries they created;
 * translators any, in the locales they are assigned. When and in what stage is the workflow's
 * part (src/workflow), checked on every save.
 */
export const canUpdateEditorial: Access = (args) => {
  const { req } = args
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'author') && isStaffUser(req.user))
    return { createdBy: { equals: req.user.id } } satisfies Where
  return canUpdateContent(args)
}

/** Deleting content is for admins and editors. */
export const canDeleteContent: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
