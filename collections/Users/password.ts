/**
 * The password policy, for every account, administrators' included, however the password is set
 * (the admin, the API, first registration, a reset link, ADMIN_PASSWORD): at least 12 characters,
 * not one of the most common passwords, not the account's own address or name. Changing one's own
 * password over the API also takes the current one, checked by Payload's own login
 * (`passwordIsRight`; the collection lists `stopPasswordCheck` first among its beforeLogin hooks).
 */
import type { TFunction } from '@payloadcms/translations'
import type { CollectionBeforeOperationHook, Field, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { isStaffUser } from '../../src/access'
import { signInWords, say } from '../../src/i18n'
import { MIN_PASSWORD_LENGTH, passwordIsRight, passwordProblem } from '../../src/lib/passwords'

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

/** The field's own label names it in the admin's "this field is invalid" notice, not its path. */
const labels = {
  password: ({ t }: { t: TFunction }) => t('authentication:newPassword'),
  currentPassword: signInWords.currentPassword,
}

const invalid = (req: PayloadRequest, path: keyof typeof labels, message: string) =>
  new ValidationError({ collection: 'users', errors: [{ path, message, label: labels[path] }], req }, req.t)

export const checkPasswordChange: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (!['create', 'update', 'updateByID', 'resetPassword'].includes(operation)) return args
  const data = (args as { data?: Record<string, unknown> }).data
  const password = data?.password
  if (!data || typeof password !== 'string' || password === '') return args
  const id = (args as { id?: number | string }).id
  // Read in a request of its own, not the operation's transaction: see passwordIsRight.
  const stored =
    id !== undefined
      ? await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true })
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
    if (!(await passwordIsRight(req.payload, 'users', stored.email, current)))
      throw invalid(req, 'currentPassword', say(req, signInWords.currentPasswordWrong))
  }
  // Passwords are set one account at a time, never by a query over many.
  if (operation === 'update' && id === undefined && req.payloadAPI !== 'local')
    throw invalid(req, 'password', say(req, signInWords.currentPasswordRequired))
  return args
}
