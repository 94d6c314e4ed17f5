/**
 * Compression of kept answers: brotli or gzip as the reader's `Accept-Encoding` asks (brotli first
 * when both are as welcome), made once per answer and encoding and kept with it (store.ts). Tiny
 * answers and types that do not shrink (images) stay as they are. Answers that are not kept are
 * compressed on the way out by the server's `compression` middleware instead.
 */
import compressible from 'compressible'
import Negotiator from 'negotiator'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

export type Encoding = 'br' | 'gzip'

/** Below this, compressing costs more than it saves (one TCP packet carries it anyway). */
export const COMPRESS_MIN_BYTES = 1024

/** Brotli's quality 5 and gzip's level 6: a kept answer is compressed once, on a miss, while its reader waits. */
const compressors: Record<Encoding, (body: Uint8Array) => Promise<Buffer>> = {
  br: (body) =>
    promisify(zlib.brotliCompress)(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    }),
  gzip: (body) => promisify(zlib.gzip)(body, { level: 6 }),
}

/** The ETag's suffix per encoding: one representation, one tag. */
export const ETAG_SUFFIX: Record<Encoding, string> = { br: '-br', gzip: '-gz' }

/** negotiator 1.x weighs the server's preference among equally welcome encodings; its types (0.6) predate that. */
interface EncodingNegotiator {
  encoding(available: readonly string[], options: { preferred: readonly string[] }): string | undefined
}

const AVAILABLE = ['br', 'gzip', 'identity'] as const

/** The encoding the reader prefers among ours, or null for none (identity). */
export function preferredEncoding(acceptEncoding: null | string): Encoding | null {
  if (!acceptEncoding) return null
  const negotiator: EncodingNegotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } })
  const chosen = negotiator.encoding(AVAILABLE, { preferred: AVAILABLE })
  return chosen === 'br' || chosen === 'gzip' ? chosen : null
}

/** Whether an answer of this type and size is worth compressing. */
export const worthCompressing = (contentType: null | string, bytes: number): boolean =>
  bytes >= COMPRESS_MIN_BYTES && Boolean(contentType && compressible(contentType))

export const compress = async (body: Uint8Array, encoding: Encoding): Promise<Uint8Array> =>
  new Uint8Array(await compressors[encoding](body))
