/**
 * One job runner at a time. Payload runs the job queues (scheduled moves, webhook deliveries) from
 * a cron in every instance, and claims a batch of jobs by reading and then marking them (payload
 * 3.90.1: on MongoDB a find and an updateMany), so two instances ticking at the same second can
 * both claim, and run, the same job. With Redis the instances hold a lease instead: only its holder
 * runs the queues; it renews the lease on every tick and gives it up when it shuts down, and if it
 * dies the lease runs out and the next instance to tick takes it.
 */
import { Redis } from 'ioredis'
import crypto from 'node:crypto'
import os from 'node:os'

const LEASE_KEY = 'eafs:job-runner'
/** Longer than the slowest queue's tick (10 s), so that the holder keeps it between ticks. */
const LEASE_MS = 30_000

/** Renews or gives up the lease only if this instance holds it (atomic in Redis). */
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`
const GIVE_UP = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`

export interface RunnerLease {
  /** Whether this instance runs the queues now: it took or renewed the lease. */
  holds: () => Promise<boolean>
  /** Gives the lease up, if held, and closes the connection. */
  release: () => Promise<void>
}

export function runnerLease(redisURL: string, leaseMs = LEASE_MS): RunnerLease {
  const holder = `${os.hostname()}:${process.pid}:${crypto.randomUUID()}`
  let redis: Redis | null = null
  const client = (): Redis => (redis ??= new Redis(redisURL, { maxRetriesPerRequest: 2 }))
  return {
    holds: async () => {
      const taken = await client().set(LEASE_KEY, holder, 'PX', leaseMs, 'NX')
      if (taken === 'OK') return true
      return (await client().eval(RENEW, 1, LEASE_KEY, holder, String(leaseMs))) === 1
    },
    release: async () => {
      if (!redis) return
      await redis.eval(GIVE_UP, 1, LEASE_KEY, holder).catch(() => undefined)
      await redis.quit().catch(() => undefined)
      redis = null
    },
  }
}
