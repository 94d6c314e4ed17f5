// `npm start`: builds on first use (Next.js and the server bundle), then runs the production
// server on plain Node. Kept in JavaScript so that starting needs no TypeScript loader.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const built = ['.next/BUILD_ID', 'dist/start.mjs'].every((file) => fs.existsSync(path.join(root, file)))

if (!built) {
  console.log('No production build yet: building (about a minute)…')
  const result = spawnSync(
    process.execPath,
    ['--conditions=development', '--import', 'tsx/esm', path.join(root, 'src/cli/build.ts')],
    { cwd: root, stdio: 'inherit' },
  )
  if (result.status !== 0) process.exit(result.status ?? 1)
}

await import(path.join(root, 'dist/start.mjs'))
