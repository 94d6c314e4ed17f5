import type { CollectionConfig } from 'payload'

import fs from 'node:fs'
import path from 'node:path'

import { guardWords, languageOfHeaders, pick } from '../i18n'

type Upload = CollectionConfig['upload']

/**
 * A request for a file that is not on the disk is a 404 in the caller's language: Payload answers
 * it with a 500 (it assumes a listed file that went missing), which a caller can cause by asking for
 * any name. A name that leaves the upload folder is a 400. Runs before Payload's own file handler.
 * Files kept elsewhere (S3, src/cluster: `disableLocalStorage`) are the storage adapter's to find.
 */
export function missingFilesAre404(upload: Upload): Upload {
  if (!upload) return upload
  const options = upload === true ? {} : upload
  if (options.disableLocalStorage) return upload
  const folder = path.resolve(options.staticDir ?? '')
  return {
    ...options,
    handlers: [
      // Synchronous on purpose: Payload takes a handler's Response or nothing, not a promise of either.
      (req, { params }) => {
        const language = languageOfHeaders({
          cookie: req.headers.get('cookie') ?? undefined,
          'accept-language': req.headers.get('accept-language') ?? undefined,
        })
        const file = path.resolve(folder, params.prefix ?? '', params.filename)
        if (!file.startsWith(folder + path.sep))
          return Response.json({ errors: [{ message: pick(guardWords.fileMissing, language) }] }, { status: 400 })
        if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return
        return Response.json({ errors: [{ message: pick(guardWords.fileMissing, language) }] }, { status: 404 })
      },
      ...(options.handlers ?? []),
    ],
  }
}
