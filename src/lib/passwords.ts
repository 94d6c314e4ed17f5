/**
 * Password strength and password checks, shared by the users collection and sign-in protection.
 * The common-password list is zxcvbn-ts's (about 49,000 of the most used passwords), loaded once,
 * on the first check. Whether a password is right is Payload's login's to say (`passwordIsRight`).
 */
import type { AuthCollectionSlug, CollectionBeforeLoginHook, CollectionSlug, Payload } from 'payload'

import { AuthenticationError } from 'payload'

export const MIN_PASSWORD_LENGTH = 12

let common: Set<string> | null = null
const commonPasswords = async (): Promise<Set<string>> => {
  if (!common) {
    const { dictionary } = await import('@zxcvbn-ts/language-common')
    common = new Set((dictionary['passwords-common'] as string[]).map((word) => word.toLowerCase()))
  }
  return common
}

export type PasswordProblem = 'tooShort' | 'common' | 'personal'

/**
 * What is wrong with a new password, or null: shorter than 12 characters, one of the most common
 * passwords (also with digits or symbols added at its end, or with three or fewer distinct
 * characters), the account's e-mail address, or just its name or the address's user part.
 */
export async function passwordProblem(
  password: string,
  personal: (string | null | undefined)[] = [],
): Promise<PasswordProblem | null> {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'tooShort'
  const lower = password.toLowerCase()
  const list = await commonPasswords()
  const stem = lower.replace(/[\d\W_]+$/u, '')
  if (list.has(lower) || (stem.length >= 4 && list.has(stem)) || new Set(lower).size <= 3) return 'common'
  const letters = (value: string) => value.toLowerCase().replace(/[\W_]+/gu, '')
  const own = personal.filter((value): value is string => typeof value === 'string' && value.length >= 4)
  if (
    own.some(
      (value) =>
        lower.includes(value.toLowerCase()) ||
        [letters(value), letters(value.split('@')[0])].includes(letters(password)),
    )
  )
    return 'personal'
  return null
}

/**
 * The collection's first `beforeLogin` hook. Payload's login runs it once the password is right,
 * after it has begun a session and before it signs a token; a login made by `passwordIsRight` is
 * stopped there, and Payload's login then removes the session it began (its own error path).
 */
export const stopPasswordCheck: CollectionBeforeLoginHook = ({ context }) => {
  if (context[PASSWORD_CHECK]) throw new PasswordConfirmed()
}

const PASSWORD_CHECK = 'eafs:passwordCheck'

class PasswordConfirmed extends Error {
  constructor() {
    super('The password is right; this login was a check only.')
  }
}

/** Whether `slug` names a collection with accounts that sign in with a password. */
export const signsInWithPassword = (payload: Payload, slug: string): slug is AuthCollectionSlug => {
  const auth = payload.collections[slug as CollectionSlug]?.config.auth
  return Boolean(auth) && !auth.disableLocalStrategy
}

/**
 * Whether `password` is the account's, asked of Payload's own login through its Local API, so that
 * password hashing stays Payload's alone (no parameter of it is copied here). A right password is
 * stopped by `stopPasswordCheck`, which the collection must list first; a wrong one is Payload's
 * `AuthenticationError`. Runs in a request of its own, outside the caller's transaction: the
 * login writes the account (its session, then the session's removal), so call it before the
 * caller's transaction reads the account. tests/integration/signin.test.ts checks that no session
 * and no sign-in is left behind.
 */
export async function passwordIsRight(
  payload: Payload,
  collection: AuthCollectionSlug,
  email: string,
  password: string,
): Promise<boolean> {
  try {
    await payload.login({ collection, data: { email, password }, context: { [PASSWORD_CHECK]: true } })
  } catch (error) {
    if (error instanceof PasswordConfirmed) return true
    if (error instanceof AuthenticationError) return false
    throw error
  }
  throw new Error(`A password check signed in to ${collection}: stopPasswordCheck must be its first beforeLogin hook.`)
}
