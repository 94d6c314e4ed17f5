import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The very first account (Payload's first-register screen, or ADMIN_EMAIL at first start) is
 * an administrator, whatever the form sent: somebody has to be able to manage users.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
