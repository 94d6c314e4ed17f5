/**
 * The password policy, for every account, administrators' included, however the password is set
 * (the admin, the API, first registration, a reset link, ADMIN_PASSWORD): at least 12 characters,
 * not one of the most common passwords, not the account's own address or name. Changing one's own
 * password over the API also takes the current one.
 */
import type { CollectionBeforeOperationHook, Field, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { isStaffUser } from '../../src/access'
import { signInWords, say } from '../../src/i18n'
import { MIN_PASSWORD_LENGTH, passwordMatches, passwordProblem } from '../../src/lib/passwords'

const problemWords = {
  tooShort: signInWords.passwordTooShort,
  common: signInWords.passwordCommon,
  personal: signInWords.passwordPersonal,
} as const

/** Never stored nor shown: read by the hook below, on one's own account page only. */
export const currentPasswordField: Field = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  label: signInWords.currentPassword,
  hooks: { afterRead: [() => undefined] },
  admin: {
    description: signInWords.currentPasswordHelp,
    condition: (data, _sibling, { user }) =>
      Boolean(user && data?.id !== undefined && String(user.id) === String(data.id)),
    components: { Field: '/collections/Users/CurrentPasswordField#CurrentPasswordField' },
  },
}

const invalid = (req: PayloadRequest, path: string, message: string) =>
  new ValidationError({ collection: 'users', errors: [{ path, message }] }, req.t)

export const checkPasswordChange: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (!['create', 'update', 'updateByID', 'resetPassword'].includes(operation)) return args
  const data = (args as { data?: Record<string, unknown> }).data
  const password = data?.password
  if (!data || typeof password !== 'string' || password === '') return args
  const id = (args as { id?: number | string }).id
  const stored =
    id !== undefined
      ? await req.payload.db.findOne<{
          id: number | string
          email?: unknown
          name?: unknown
          hash?: unknown
          salt?: unknown
        }>({ collection: 'users', where: { id: { equals: id } }, req })
      : null
  const problem = await passwordProblem(
    password,
    [data.email, data.name, stored?.email, stored?.name].map((value) => (typeof value === 'string' ? value : null)),
  )
  if (problem) throw invalid(req, 'password', say(req, problemWords[problem], { min: MIN_PASSWORD_LENGTH }))
  const ownAccount = isStaffUser(req.user) && stored !== null && String(req.user.id) === String(id)
  // Payload names both updates by id and by query `update`; only the first carries an id.
  if (operation !== 'create' && id !== undefined && ownAccount && req.payloadAPI !== 'local') {
    const current = data.currentPassword
    if (typeof current !== 'string' || current === '')
      throw invalid(req, 'currentPassword', say(req, signInWords.currentPasswordRequired))
    if (!(await passwordMatches(current, stored)))
      throw invalid(req, 'currentPassword', say(req, signInWords.currentPasswordWrong))
  }
  // Passwords are set one account at a time, never by a query over many.
  if (operation === 'update' && id === undefined && req.payloadAPI !== 'local')
    throw invalid(req, 'password', say(req, signInWords.currentPasswordRequired))
  return args
}
