import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * The ETag of a file Payload serves from an upload collection's folder (`/api/media/file/<name>`):
 * its size and modification time, as web servers tag static files. A file written again under the
 * same name gets a new time, hence a new tag. Null for any other path, or a file that is not there.
 */
export const uploadedFileTag =
  (apiRoute: string, folders: Record<string, string>) =>
  async (pathname: string): Promise<null | string> => {
    const match = new RegExp(`^${apiRoute}/([^/]+)/file/([^/]+)$`).exec(pathname)
    const folder = match ? folders[match[1]] : undefined
    if (!match || !folder) return null
    let name: string
    try {
      name = decodeURIComponent(match[2])
    } catch {
      return null
    }
    const file = path.resolve(folder, name)
    if (!file.startsWith(path.resolve(folder) + path.sep)) return null
    const stats = await fs.stat(file).catch(() => null)
    return stats?.isFile() ? `"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"` : null
  }
