/** What the benchmark (run.ts) and the soak test (soak.ts) share: a production build, a process's memory. */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../src/paths'

/** Builds the production server unless a build is there. */
export function ensureBuilt(): void {
  if (['.next/BUILD_ID', 'dist/start.mjs'].every((file) => fs.existsSync(path.join(projectRoot, file)))) return
  console.log('Building the production server…')
  const result = spawnSync(process.execPath, ['--conditions=development', '--import', 'tsx/esm', 'src/cli/build.ts'], {
    cwd: projectRoot,
    stdio: 'inherit',
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

/** The resident memory of a process, in MB (Linux). */
export const memoryOf = (pid: number): number => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024)
}

/** A numeric command-line option (`--name value`), positive, or its default. */
export function numericOption(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`)
  const value = index >= 0 ? Number(args[index + 1]) : fallback
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`)
  return value
}
