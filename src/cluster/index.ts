/**
 * What several instances of the server share (#21). Owns:
 *  - media files on S3-compatible storage, through Payload's official `@payloadcms/storage-s3`, for
 *    every upload collection, when S3_BUCKET is set: a file uploaded through one instance is served
 *    by all (through Payload's own file route, so access rules and the response cache still apply);
 *  - one job runner at a time (runner.ts), when REDIS_URL is set: each scheduled move and webhook
 *    delivery runs once, whichever instances tick.
 * The response cache's invalidation, sign-in counts and fair shares share Redis on their own
 * (src/cache, src/signin, src/fairness).
 */
import type { Config, Payload, Plugin } from 'payload'

import { s3Storage } from '@payloadcms/storage-s3'

import type { S3Settings } from '../env'

import { type RunnerLease, runnerLease } from './runner'

let lease: RunnerLease | null = null

/** Gives up the job runner's lease, if this instance holds it, so that another takes over at once. */
export async function leaveCluster(): Promise<void> {
  await lease?.release()
  lease = null
}

const withS3 = async (config: Config, s3: S3Settings): Promise<Config> =>
  s3Storage({
    bucket: s3.bucket,
    collections: Object.fromEntries(
      (config.collections ?? []).filter((collection) => collection.upload).map((collection) => [collection.slug, true]),
    ),
    config: {
      region: s3.region,
      forcePathStyle: s3.forcePathStyle,
      ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
      ...(s3.credentials ? { credentials: s3.credentials } : {}),
    },
  })(config)

const withOneRunner = (config: Config, redisURL: string): Config => {
  const ownRule = config.jobs?.shouldAutoRun
  return {
    ...config,
    jobs: {
      ...config.jobs,
      tasks: config.jobs?.tasks ?? [],
      shouldAutoRun: async (payload: Payload) => {
        lease ??= runnerLease(redisURL)
        try {
          if (!(await lease.holds())) return false
        } catch (error) {
          // Without Redis no instance can know it runs alone: none runs until Redis answers again.
          payload.logger.warn(`The job runner's lease could not be read from Redis: ${(error as Error).message}`)
          return false
        }
        return ownRule ? ownRule(payload) : true
      },
    },
  }
}

export const cluster =
  ({ s3, redisURL }: { s3: S3Settings | null; redisURL: string | null }): Plugin =>
  async (incoming: Config): Promise<Config> => {
    const config = s3 ? await withS3(incoming, s3) : incoming
    return redisURL ? withOneRunner(config, redisURL) : config
  }
