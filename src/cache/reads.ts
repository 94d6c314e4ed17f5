/**
 * What a public read reads: every collection and global Payload reads while making the answer (the
 * one asked for, the related entries it populates, the society's details a feed shows), recorded
 * by the read hooks (index.ts) in the request's async context. The cached answer depends on exactly
 * these (generation.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import type { Tag } from './generation'

const reading = new AsyncLocalStorage<Set<Tag>>()

/** Runs `read`, and answers what it read with its result. */
export async function recordReads<T>(read: () => Promise<T>): Promise<{ result: T; tags: Set<Tag> }> {
  const tags = new Set<Tag>()
  const result = await reading.run(tags, read)
  return { result, tags }
}

/** Called by the read hooks: the read in progress, if one is recorded, read `tag`. */
export const readTag = (tag: Tag): void => {
  reading.getStore()?.add(tag)
}
