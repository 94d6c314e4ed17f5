/**
 * Sign-in protection for every collection with accounts, over REST and GraphQL alike:
 *  - failed sign-ins are counted per address (20 in 15 minutes), per address and account (5 in
 *    15 minutes) and per account (50 in an hour); past a count the answer is a 429 with
 *    `Retry-After`, whether or not the account exists;
 *  - the per-account count never applies to an address that signed in to that account in the
 *    last 20 days, so a flood from elsewhere cannot shut out an account's owner (the last
 *    administrators included); an administrator's unlock clears an account's counts;
 *  - Payload's own login checks the password; a failed sign-in gives the same message after the
 *    same work (one password hash, Payload's) whether the account exists or not.
 * Counts live in Redis when REDIS_URL is set (shared by every instance), in memory otherwise.
 * Payload's own per-account lock (maxLoginAttempts) is off: anyone could trigger it for anyone.
 * The sign-in cookie is `Secure` in production and `SameSite=Lax`.
 * Plugged in by the config.
 */
import type {
  AuthCollectionSlug,
  CollectionAfterLoginHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Config,
  Payload,
  PayloadRequest,
  Plugin,
} from 'payload'

import crypto from 'node:crypto'
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { signInWords } from '../i18n'
import { clientAddressOf } from '../lib/clientAddress'
import { passwordIsRight, signsInWithPassword } from '../lib/passwords'
import { refuse } from '../lib/refuse'

const MINUTE = 60
export const SIGN_IN_LIMITS = {
  address: { points: 20, duration: 15 * MINUTE },
  pair: { points: 5, duration: 15 * MINUTE },
  account: { points: 50, duration: 60 * MINUTE },
  /** How long a successful sign-in makes an address known to an account (under the 24.8 days a timer can wait). */
  knownFor: 20 * 24 * 60 * MINUTE,
}

interface Limiters {
  address: RateLimiterAbstract
  pair: RateLimiterAbstract
  account: RateLimiterAbstract
  known: RateLimiterAbstract
}

const limitersByPayload = new WeakMap<Payload, Limiters>()

function limitersOf(payload: Payload): Limiters {
  const existing = limitersByPayload.get(payload)
  if (existing) return existing
  const redis = (payload.kv as { redisClient?: unknown }).redisClient
  const make = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract =>
    redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `eafs-signin:${keyPrefix}`, points, duration })
      : new RateLimiterMemory({ keyPrefix, points, duration })
  const limiters = {
    address: make('address', SIGN_IN_LIMITS.address.points, SIGN_IN_LIMITS.address.duration),
    pair: make('pair', SIGN_IN_LIMITS.pair.points, SIGN_IN_LIMITS.pair.duration),
    account: make('account', SIGN_IN_LIMITS.account.points, SIGN_IN_LIMITS.account.duration),
    known: make('known', 1, SIGN_IN_LIMITS.knownFor),
  }
  limitersByPayload.set(payload, limiters)
  return limiters
}

/** An account's key: a hash of its lower-cased address and of its unlock generation. */
const accountKey = (collection: string, email: string, generation: number) =>
  crypto
    .createHash('sha256')
    .update(`${collection}\0${email.toLowerCase().trim()}\0${generation}`)
    .digest('hex')
    .slice(0, 32)

const generationKey = (collection: string, email: string) =>
  `signin-unlocked:${collection}:${crypto.createHash('sha256').update(email.toLowerCase().trim()).digest('hex').slice(0, 32)}`

async function keysOf(req: PayloadRequest, collection: string, email: string) {
  const generation = Number((await req.payload.kv.get(generationKey(collection, email))) ?? 0)
  const address = clientAddressOf(req.headers) ?? 'unknown'
  const account = accountKey(collection, email, generation)
  return { address, account, pair: `${address}|${account}` }
}

type Keys = { address: string; account: string; pair: string }

/** The counts an attempt is charged to: the account's only for an address not known to it. */
const countsOf = (limiters: Limiters, keys: Keys, known: boolean): [RateLimiterAbstract, string][] => [
  [limiters.pair, keys.pair],
  [limiters.address, keys.address],
  ...(known ? [] : [[limiters.account, keys.account] as [RateLimiterAbstract, string]]),
]

/**
 * Charges an attempt to each of its counts before any password work, atomically (one increment
 * each, in memory or in Redis), so that attempts sent together are checked at most as many times as
 * the limits allow. Answers the seconds to wait when a count is past its limit, having given the
 * refused attempt's charges back (a refused attempt is no failed sign-in), or 0.
 */
async function reserve(counts: [RateLimiterAbstract, string][]): Promise<number> {
  const charged = await Promise.all(
    counts.map(async ([limiter, key]) => {
      try {
        await limiter.consume(key)
        return 0
      } catch (refusal) {
        if (refusal instanceof Error) throw refusal
        return Math.max(1, Math.ceil((refusal as { msBeforeNext: number }).msBeforeNext / 1000))
      }
    }),
  )
  const wait = Math.max(...charged)
  if (wait > 0) await giveBack(counts)
  return wait
}

/** Gives an attempt's charges back. */
const giveBack = (counts: [RateLimiterAbstract, string][]) =>
  Promise.all(counts.map(([limiter, key]) => limiter.reward(key)))

const credentialsOf = (data: unknown): { email: string; password: string } | null => {
  if (typeof data !== 'object' || data === null) return null
  const { email, password } = data as { email?: unknown; password?: unknown }
  return typeof email === 'string' && email.trim() && typeof password === 'string' && password.trim()
    ? { email: email.toLowerCase().trim(), password }
    : null
}

/** Each sign-in over REST or GraphQL: its keys, and the counts it was charged to, given back if it succeeds. */
const attempts = new WeakMap<PayloadRequest, { keys: Keys; counts: [RateLimiterAbstract, string][] }>()

/**
 * Before Payload signs anyone in: charge the attempt to its counts (refused past a limit), and
 * make a missing account cost what a wrong password costs. Payload's login then checks the
 * password; a failure stays counted, a success gives its charges back (`rememberSignIn`).
 */
const throttleSignIn: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const credentials = credentialsOf((args as { data?: unknown }).data)
  if (!credentials) return args
  const limiters = limitersOf(req.payload)
  const keys = await keysOf(req, collection.slug, credentials.email)
  const known = (await limiters.known.get(keys.pair)) !== null
  const counts = countsOf(limiters, keys, known)
  const wait = await reserve(counts)
  if (wait > 0) {
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(wait))
    throw refuse(req, 429, signInWords.tooManyAttempts, { minutes: Math.ceil(wait / 60) })
  }
  attempts.set(req, { keys, counts })
  if (signsInWithPassword(req.payload, collection.slug)) await equalWork(req, collection.slug, credentials.email)
  return args
}

/**
 * Payload refuses a missing account at once, and a wrong password after hashing it: the difference
 * would tell who has an account. For a missing account, Payload's own check is run on an existing
 * account with a password nobody has, so that both cost one hash, whatever Payload's hashing is.
 */
async function equalWork(req: PayloadRequest, collection: AuthCollectionSlug, email: string) {
  const { payload } = req
  const where = { email: { equals: email } }
  if ((await payload.count({ collection, where, overrideAccess: true, req })).totalDocs > 0) return
  const { docs } = await payload.find({ collection, limit: 1, depth: 0, pagination: false, overrideAccess: true })
  const account = docs[0]
  const existing = account && 'email' in account ? account.email : undefined
  if (typeof existing === 'string')
    await passwordIsRight(payload, collection, existing, crypto.randomBytes(24).toString('base64url'))
}

/**
 * A successful sign-in gives its charges back, clears the address's count for the account and
 * makes the address known to it.
 */
const rememberSignIn: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  if (req.payloadAPI === 'local' || typeof user.email !== 'string') return user
  const attempt = attempts.get(req)
  if (attempt) await giveBack(attempt.counts)
  const limiters = limitersOf(req.payload)
  const keys = attempt?.keys ?? (await keysOf(req, collection.slug, user.email))
  await limiters.pair.delete(keys.pair)
  await limiters.known.set(keys.pair, 1, SIGN_IN_LIMITS.knownFor)
  return user
}

/** An administrator's unlock starts every count of the account afresh. */
const clearOnUnlock: CollectionAfterOperationHook = async ({ args, collection, operation, req, result }) => {
  if (operation !== 'unlock' || !req) return result
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email !== 'string') return result
  const key = generationKey(collection.slug, email)
  await req.payload.kv.set(key, Number((await req.payload.kv.get(key)) ?? 0) + 1)
  return result
}

const protect = (collection: CollectionConfig, { secureCookies }: SignInOptions): CollectionConfig => {
  if (!collection.auth) return collection
  const auth = collection.auth === true ? {} : collection.auth
  if (auth.disableLocalStrategy) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    auth: {
      ...auth,
      maxLoginAttempts: 0,
      cookies: { ...auth.cookies, secure: secureCookies, sameSite: auth.cookies?.sameSite ?? 'Lax' },
    },
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), throttleSignIn],
      afterLogin: [...(hooks.afterLogin ?? []), rememberSignIn],
      afterOperation: [...(hooks.afterOperation ?? []), clearOnUnlock],
    },
  }
}

export interface SignInOptions {
  /** The sign-in cookie goes over HTTPS only (SECURE_COOKIES; on in production). */
  secureCookies: boolean
}

export const signInProtection =
  (options: SignInOptions): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) => protect(collection, options)),
  })
