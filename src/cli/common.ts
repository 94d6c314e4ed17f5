import { spawn } from 'node:child_process'
import path from 'node:path'

import type { RunningServer } from '../server'

import { type AppEnv, EnvError, readEnv } from '../env'
import { ensureDotEnv } from '../lib/dotenvFile'
import { projectRoot } from '../paths'

/** Prints a start-up problem as plain lines (no stack trace) and exits. */
export function fail(error: unknown): never {
  if (error instanceof EnvError) {
    console.error(`Cannot start: ${error.message}`)
  } else if (error instanceof Error && !process.env.DEBUG) {
    // A refused save (the first admin's password, say) names its fields and why.
    const fields = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data?.errors ?? []
    const reasons = fields.map((field) => `\n  - ${field.path}: ${field.message}`).join('')
    console.error(`Cannot start: ${error.message}${reasons}`)
  } else {
    console.error('Cannot start:', error)
  }
  process.exit(1)
}

/** Writes .env on a fresh clone, loads it, and validates the environment. */
export function prepareEnv(nodeEnv: AppEnv['nodeEnv']): AppEnv {
  Reflect.set(process.env, 'NODE_ENV', nodeEnv)
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
  try {
    const written = ensureDotEnv()
    if (written) {
      console.log(
        `No .env found: wrote ${path.relative(process.cwd(), written) || written} with a newly generated PAYLOAD_SECRET.`,
      )
    }
    return readEnv()
  } catch (error) {
    return fail(error)
  }
}

/** Runs a command of the project, inheriting stdio; rejects when it exits non-zero. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env, stdio: 'inherit' })
    child.once('error', reject)
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}`)),
    )
  })
}

/** `next build`, in production mode. */
export const buildNext = (): Promise<void> =>
  run(process.execPath, [path.join(projectRoot, 'node_modules/next/dist/bin/next'), 'build'], {
    ...process.env,
    NODE_ENV: 'production',
  })

/**
 * SIGTERM (and Ctrl-C) drain the server: in-flight requests finish, then the database closes.
 * A repeated SIGTERM changes nothing; a second Ctrl-C quits at once.
 */
export function closeOnSignals(running: RunningServer): void {
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      if (signal === 'SIGINT') process.exit(130)
      return
    }
    stopping = true
    running.payload.logger.info(`${signal} received`)
    running
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(error)
        process.exit(1)
      })
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

export function printWelcome(running: RunningServer, env: AppEnv): void {
  const admin = `${env.serverURL}/admin`
  const lines = [
    '',
    `  EAFS content hub is running (${env.nodeEnv}, ${env.databaseKind}).`,
    `  Admin:    ${admin}`,
    `  REST:     ${env.serverURL}/api/news?locale=ar`,
    `  GraphQL:  ${env.serverURL}/api/graphql`,
    running.createdAdmin
      ? `  Log in as ${running.createdAdmin} with the ADMIN_PASSWORD you set.`
      : `  Log in at ${admin}/login; with no account yet, ${admin} asks you to create the first admin` +
        ' (or set ADMIN_EMAIL and ADMIN_PASSWORD before the first start).',
    '',
  ]
  console.log(lines.join('\n'))
}
