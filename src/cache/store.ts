/**
 * The answers kept in memory: bounded in number and in bytes (compressed copies counted), least
 * recently used out first. Each entry remembers the content generations of what it read
 * (generation.ts); whether they are still current is asked by the reader (http.ts).
 */
import { LRUCache } from 'lru-cache'

import type { Encoding } from './encoding'
import type { Generations } from './generation'

export interface CachedAnswer {
  generations: Generations
  status: number
  headers: [string, string][]
  body: Uint8Array
  etag: string
  /** Whether the body is worth compressing (its type and size, encoding.ts). */
  compressible: boolean
  /** The change mark it was last found current under (generation.ts `changeMark`), if any. */
  checkedAt: null | number
  /** The body compressed, per encoding, made when first asked for (encoding.ts). */
  encoded: Partial<Record<Encoding, Uint8Array>>
}

const bytesOf = (entry: CachedAnswer): number =>
  Object.values(entry.encoded).reduce((sum, body) => sum + body.byteLength, entry.body.byteLength)

/** Room for the key, headers and bookkeeping of an entry, counted with its body. */
const ENTRY_OVERHEAD = 512

export class ResponseStore {
  private readonly entries: LRUCache<string, CachedAnswer>
  readonly maxEntryBytes: number

  constructor({ maxEntries, maxBytes }: { maxEntries: number; maxBytes: number }) {
    this.entries = new LRUCache<string, CachedAnswer>({
      max: Math.max(1, maxEntries),
      maxSize: maxBytes,
      sizeCalculation: (entry, key) => bytesOf(entry) + key.length + ENTRY_OVERHEAD,
    })
    // One answer may take at most an eighth of the room, so that a few large ones never empty it.
    this.maxEntryBytes = Math.floor(maxBytes / 8)
  }

  get(key: string): CachedAnswer | undefined {
    return this.entries.get(key)
  }

  set(key: string, entry: CachedAnswer): void {
    if (bytesOf(entry) <= this.maxEntryBytes) this.entries.set(key, entry)
  }

  delete(key: string): void {
    this.entries.delete(key)
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
