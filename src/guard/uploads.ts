/**
 * Uploaded files: a name that is safe to store and show, a pixel count the server can decode, and
 * no file left behind by a refused save.
 *  - The name loses control and bidirectional-override characters, path separators and leading
 *    dots, and is cut to 100 characters (its extension kept): `invoice\u202Egnp.exe` cannot pose
 *    as a PNG, and a 1,000-character name cannot fail the write half-way.
 *  - An image of more than 40 megapixels is refused before it is decoded (sharp decodes the whole
 *    bitmap: a 30,000 × 30,000 PNG of a few kilobytes would take 900 MB).
 *  - The files a save writes are noted before Payload writes them; if the save then fails, the
 *    error handler removes them (Payload removes only its temporary files).
 */
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

import { guardWords } from '../i18n'
import { withoutInvisible } from '../lib/controlCharacters'
import { refuse } from '../lib/refuse'

export const MAX_IMAGE_PIXELS = 40_000_000
const MAX_NAME_LENGTH = 100
const UNSAVED = 'guard:unsavedUploads'

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'image/gif': '.gif',
  'image/avif': '.avif',
  'application/pdf': '.pdf',
}

/**
 * A file name without control or direction-changing characters or path parts, at most 100
 * characters, with an extension (from its type when the name has none: a name cut short before
 * it reached here loses its own).
 */
export function safeFileName(name: string, mimetype = ''): string {
  const cleaned = withoutInvisible(name.normalize('NFC'), { bidi: true })
    .replace(/[/\\:*?"<>|]/g, '-')
    .replace(/^[.\s]+|\s+$/g, '')
  const dot = cleaned.lastIndexOf('.')
  const own = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : ''
  const extension = own || (EXTENSIONS[mimetype] ?? '')
  const stem = [...cleaned.slice(0, cleaned.length - own.length)].slice(0, MAX_NAME_LENGTH - extension.length).join('')
  return `${stem || 'file'}${extension}`
}

/** Before Payload reads an uploaded file: its name made safe, its pixel count checked. */
const checkUploadedFile: CollectionBeforeOperationHook = async ({ operation, req, args }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  req.file.name = safeFileName(req.file.name, req.file.mimetype)
  if (req.file.mimetype.startsWith('image/') && req.file.data.length > 0) {
    const { width = 0, height = 0 } = await sharp(req.file.data, { limitInputPixels: false })
      .metadata()
      .catch(() => ({ width: 0, height: 0 }))
    if (width * height > MAX_IMAGE_PIXELS) {
      throw refuse(req, 400, guardWords.tooManyPixels, {
        megapixels: Math.round((width * height) / 1e6),
        max: MAX_IMAGE_PIXELS / 1e6,
      })
    }
  }
  return args
}

type Sized = { filename?: unknown; sizes?: Record<string, { filename?: unknown } | undefined> | null }

/** The files this save is about to write, noted so that a failure can remove them. */
const noteUploads =
  (folder: string): CollectionBeforeChangeHook =>
  ({ data, req }) => {
    if (!req.file) return data
    const { filename, sizes } = data as Sized
    const names = [filename, ...Object.values(sizes ?? {}).map((size) => size?.filename)].filter(
      (name): name is string => typeof name === 'string' && name !== '',
    )
    req.context[UNSAVED] = names.map((name) => path.join(folder, path.basename(name)))
    return data
  }

const uploadsSaved: CollectionAfterChangeHook = ({ doc, req }) => {
  delete req.context[UNSAVED]
  return doc
}

/** After a failed save: removes the files it had written. */
export async function removeUnsavedUploads(req: PayloadRequest): Promise<void> {
  const files = req.context[UNSAVED]
  delete req.context[UNSAVED]
  if (!Array.isArray(files)) return
  await Promise.all(files.map((file) => (typeof file === 'string' ? fs.rm(file, { force: true }) : undefined)))
}

export function guardUploads(collection: CollectionConfig): CollectionConfig {
  if (!collection.upload) return collection
  const options = collection.upload === true ? {} : collection.upload
  const folder = path.resolve(options.staticDir ?? collection.slug)
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    // The pixel check is made here, on the header, not through sharp's own option: Payload re-encodes
    // the original of any upload given sharp options, which would change every file it keeps.
    upload: options,
    hooks: {
      ...hooks,
      beforeOperation: [checkUploadedFile, ...(hooks.beforeOperation ?? [])],
      beforeChange: [...(hooks.beforeChange ?? []), noteUploads(folder)],
      afterChange: [uploadsSaved, ...(hooks.afterChange ?? [])],
    },
  }
}
