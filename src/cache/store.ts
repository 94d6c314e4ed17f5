/**
 * The answers kept in memory: bounded in number and in bytes, least recently used out first.
 * Each entry remembers the content generation it was made under (generation.ts).
 */
import { LRUCache } from 'lru-cache'

import { registerLocalStore } from './generation'

export interface CachedAnswer {
  generation: string
  status: number
  headers: [string, string][]
  body: Uint8Array
  etag: string
}

/** Room for the key, headers and bookkeeping of an entry, counted with its body. */
const ENTRY_OVERHEAD = 512

export class ResponseStore {
  private readonly entries: LRUCache<string, CachedAnswer>
  readonly maxEntryBytes: number

  constructor({ maxEntries, maxBytes }: { maxEntries: number; maxBytes: number }) {
    this.entries = new LRUCache<string, CachedAnswer>({
      max: Math.max(1, maxEntries),
      maxSize: maxBytes,
      sizeCalculation: (entry, key) => entry.body.byteLength + key.length + ENTRY_OVERHEAD,
    })
    // One answer may take at most an eighth of the room, so that a few large ones never empty it.
    this.maxEntryBytes = Math.floor(maxBytes / 8)
    registerLocalStore(this)
  }

  get(key: string, generation: string): CachedAnswer | undefined {
    const entry = this.entries.get(key)
    if (entry && entry.generation !== generation) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }

  set(key: string, entry: CachedAnswer): void {
    if (entry.body.byteLength <= this.maxEntryBytes) this.entries.set(key, entry)
  }

  clear(): void {
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }

  get bytes(): number {
    return this.entries.calculatedSize
  }
}
