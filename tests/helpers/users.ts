import type { Payload } from 'payload'

import type { Role } from '../../src/access'
import type { LocaleCode } from '../../src/i18n'

export const PASSWORD = 'correct-horse-battery-staple'

/** Creates a member of staff through the Local API and returns their email. */
export async function createStaff(payload: Payload, role: Role, translatorLocales: LocaleCode[] = []): Promise<string> {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@eafs.test`
  await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: role, roles: [role], translatorLocales },
    overrideAccess: true,
  })
  return email
}
