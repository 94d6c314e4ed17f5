/**
 * Password strength and password checks, shared by the users collection and sign-in protection.
 * The common-password list is zxcvbn-ts's (about 49,000 of the most used passwords), loaded once,
 * on the first check.
 */
import crypto from 'node:crypto'
import { promisify } from 'node:util'

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

const pbkdf2 = promisify(crypto.pbkdf2)

/**
 * Payload's password hashes (its local strategy): `pbkdf2-sha256-v1:` with 600,000 rounds and 32
 * bytes for passwords set by Payload 3.x since it changed, plain hex with 25,000 rounds and 512 bytes
 * before. Payload 3.90.1 exports neither its comparison (`authenticateLocalStrategy`) nor these
 * parameters, and its `login` operation signs in (a session, hooks) where only a check is wanted:
 * the current-password check and sign-in protection's equal work for unknown accounts need one.
 * So they are read here, the one place that knows them; tests/integration/signin.test.ts fails
 * loudly when a password Payload set no longer matches.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const parametersOf = (hash: string) =>
  hash.startsWith(CURRENT_PREFIX)
    ? { hex: hash.slice(CURRENT_PREFIX.length), rounds: 600_000, bytes: 32 }
    : { hex: hash, rounds: 25_000, bytes: 512 }

/**
 * Whether `password` matches a stored hash and salt, compared in constant time. Without a stored
 * hash (no such account) the same work is done, so that a missing account takes as long to refuse
 * as a wrong password.
 */
export async function passwordMatches(
  password: string,
  stored: { hash?: unknown; salt?: unknown } | null,
): Promise<boolean> {
  const hash = typeof stored?.hash === 'string' ? stored.hash : null
  const salt = typeof stored?.salt === 'string' ? stored.salt : 'no-such-account'
  const { hex, rounds, bytes } = parametersOf(hash ?? CURRENT_PREFIX)
  const computed = await pbkdf2(password, salt, rounds, bytes, 'sha256')
  const expected = Buffer.from(hex, 'hex')
  return hash !== null && computed.length === expected.length && crypto.timingSafeEqual(computed, expected)
}
