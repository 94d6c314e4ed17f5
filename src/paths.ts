import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, wherever the process was started from. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const mediaDir = path.join(projectRoot, 'media')
