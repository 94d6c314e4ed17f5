import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../../src/paths'
import { freePort } from './mongoServer'

export interface ServerProcess {
  url: string
  child: ChildProcess
  output: () => string
  /** Sends SIGTERM (once). */
  terminate: () => void
  /** Sends SIGTERM unless sent already, and resolves with the exit code; removes the database file. */
  stop: (options?: { keepDatabase?: boolean }) => Promise<number | null>
  databaseFile: string
}

export const ADMIN = { email: 'admin@eafs.test', password: 'a-long-admin-password' }

/** Runs what `npm start` runs (production mode) as a child process, as a user would. */
export function runStart(env: Record<string, string>): {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
} {
  const child = spawn(process.execPath, ['--conditions=development', path.join(projectRoot, 'scripts/start.mjs')], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? os.tmpdir(),
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

/** Starts the production server on a fresh SQLite database and waits until /readyz answers. */
export async function startProductionServer(extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort()
  const databaseFile = extraEnv.DATABASE_URI?.startsWith('file:')
    ? extraEnv.DATABASE_URI.slice('file:'.length)
    : path.join(os.tmpdir(), `eafs-server-${crypto.randomBytes(4).toString('hex')}.db`)
  const { child, output, exited } = runStart({
    PORT: String(port),
    DATABASE_URI: `file:${databaseFile}`,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SEED_ON_START: 'true',
    LOG_LEVEL: 'info',
    // Every test client sends from the loopback address: fair shares (src/fairness) are tested on
    // their own (tests/http/abuse.test.ts) and stay out of the other suites' way.
    FAIR_CLIENT_REQUESTS: '1000000',
    FAIR_QUEUE: '10000',
    FAIR_QUEUE_WAIT_MS: '60000',
    ...extraEnv,
  })
  const url = `http://localhost:${port}`
  const deadline = Date.now() + 150_000
  let exitCode: number | null | undefined
  void exited.then((code) => (exitCode = code))
  for (;;) {
    if (exitCode !== undefined) throw new Error(`server exited with ${exitCode}:\n${output()}`)
    if (Date.now() > deadline) throw new Error(`server did not become ready:\n${output()}`)
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    )
    if (ready) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  let signalled = false
  // A server that dies under a test is named with its last words: the test itself sees only refused connections.
  void exited.then((code) => {
    if (!signalled) console.error(`[server] ${url} exited unasked with ${code}:\n${output().slice(-4000)}`)
  })
  const terminate = () => {
    if (signalled || child.exitCode !== null) return
    signalled = true
    child.kill('SIGTERM')
  }
  return {
    url,
    child,
    output,
    databaseFile,
    terminate,
    stop: async ({ keepDatabase = false } = {}) => {
      terminate()
      const code = await exited
      if (!keepDatabase) fs.rmSync(databaseFile, { force: true })
      return code
    },
  }
}

/**
 * Two instances of the built server on one database, as production runs several: the second starts
 * once the first has seeded, both with one secret (a sign-in through one holds on the other).
 * Answers them and the administrator's token.
 */
export interface TwoInstances {
  first: ServerProcess
  second: ServerProcess
  token: string
  stop: () => Promise<void>
}

export async function startTwoInstances(env: Record<string, string>): Promise<TwoInstances> {
  const shared = { PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'), ...env }
  const first = await startProductionServer(shared)
  const second = await startProductionServer({ ...shared, SEED_ON_START: 'false' })
  const login = await fetch(`${first.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  const { token } = (await login.json()) as { token: string }
  return { first, second, token, stop: async () => void (await Promise.all([first.stop(), second.stop()])) }
}

/** Whether Debian's redis-server is here. CI installs it (`.ci/run`): there, its absence fails the suite. */
export function redisServerInstalled(suite: string): boolean {
  const installed = spawnSync('redis-server', ['--version']).status === 0
  if (!installed && process.env.CI)
    throw new Error('redis-server is missing: CI installs it (apt-get install redis-server)')
  if (!installed)
    console.warn(`[${suite}] redis-server is not installed here: the tests that need it are skipped (CI runs them)`)
  return installed
}

export interface RedisForTests {
  url: string
  stop: () => void
}

/** Debian's redis-server on a free port, keeping nothing on disk. */
export async function startRedis(): Promise<RedisForTests> {
  const port = await freePort()
  const child = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  return { url: `redis://127.0.0.1:${port}`, stop: () => void child.kill('SIGTERM') }
}
