import path from 'node:path'
import { build } from 'esbuild'

import { projectRoot } from '../paths'

/**
 * Bundles the server's own TypeScript (src/, collections/, payload.config.ts) into dist/, so that
 * production runs on plain Node without a TypeScript loader: every package stays external and is
 * loaded by Node itself, shared with Next.js's server bundle (serverExternalPackages).
 */
export async function bundleServer(): Promise<void> {
  await build({
    entryPoints: { start: path.join(projectRoot, 'src/cli/start.ts') },
    outdir: path.join(projectRoot, 'dist'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    tsconfig: path.join(projectRoot, 'tsconfig.json'),
  })
}
