/**
 * What a public read reads: every collection and global Payload reads while making the answer (the
 * one asked for, the related entries it populates, the society's details a feed shows), recorded
 * by the read hooks (index.ts) in the request's async context, each with its content generation as
 * it was when Payload first read it (generation.ts). The cached answer depends on exactly these: it
 * is kept only if none of them changed by the time it is made, and served while none has.
 */
import type { Payload } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'

import { type Generations, generationOf, type Tag } from './generation'

const reading = new AsyncLocalStorage<Map<Tag, Promise<string>>>()

/** Runs `read`, and answers what it read, with the generations it read them at. */
export async function recordReads<T>(read: () => Promise<T>): Promise<{ result: T; generations: Generations }> {
  const tags = new Map<Tag, Promise<string>>()
  const result = await reading.run(tags, read)
  const values = await Promise.all(tags.values())
  return { result, generations: Object.fromEntries([...tags.keys()].map((tag, i) => [tag, values[i] ?? ''])) }
}

/** Called by the read hooks before Payload reads `tag`: the read in progress, if one is recorded, reads it. */
export const readTag = (payload: Payload, tag: Tag): void => {
  const tags = reading.getStore()
  if (tags && !tags.has(tag)) tags.set(tag, generationOf(payload, tag))
}

/**
 * Tells the read in progress, if one is recorded, that it read `generations`: an answer made of
 * parts kept from earlier reads (entries.ts) depends on what they read, at the generations they read it.
 */
export const readAt = (generations: Generations): void => {
  const tags = reading.getStore()
  if (!tags) return
  for (const [tag, generation] of Object.entries(generations))
    if (!tags.has(tag)) tags.set(tag, Promise.resolve(generation))
}
