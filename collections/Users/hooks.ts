import type { CollectionAfterLoginHook, CollectionBeforeChangeHook } from 'payload'

import { isAdminLanguage } from '../../src/i18n'

/**
 * The very first account (Payload's first-register screen, or ADMIN_EMAIL at first start) is
 * an administrator, whatever the form sent: somebody has to be able to manage users.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}

/**
 * E-mails go out in the language a person uses the admin in: signing in records the admin
 * language of the request (Payload's language cookie, else the browser's Accept-Language).
 */
export const rememberAdminLanguage: CollectionAfterLoginHook = async ({ req, user }) => {
  const language = req.i18n?.language
  if (!isAdminLanguage(language) || user.language === language) return user
  await req.payload.update({
    collection: 'users',
    id: user.id,
    data: { language },
    overrideAccess: true,
    req,
  })
  return { ...user, language }
}
