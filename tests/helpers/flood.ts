import { fork } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../../src/paths'

export interface FloodTally {
  /** How many answers had each status ("error: CODE" for a request that got no answer). */
  statuses: Record<string, number>
  /** 429s without a positive Retry-After. */
  missingRetryAfter: number
}

export interface Flood {
  /** Resolves once the first flooding request has been answered. */
  started: Promise<void>
  /** Stops the flood and resolves with its tally once every loop has had its last answer. */
  stop: () => Promise<FloodTally>
  /** Kills the flooding process (after a failed test). */
  kill: () => void
}

/**
 * Floods `url` + a counter over `connections` connections from another process (tests/helpers/flooder.mjs),
 * so that the flood's own work is the attacker's, not the test runner's: the runner's heap, large
 * late in a full run, would otherwise slow the flood and the client measured beside it alike.
 */
export function startFlood(options: { url: string; address: string; connections: number }): Flood {
  const child = fork(path.join(projectRoot, 'tests/helpers/flooder.mjs'), [JSON.stringify(options)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const started = new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve())
    void exited.then(() => reject(new Error('the flooding process exited before its first answer')))
  })
  const tally = new Promise<FloodTally>((resolve, reject) => {
    child.on('message', (message) => {
      if (typeof message === 'object' && message !== null) resolve(message as FloodTally)
    })
    void exited.then(() => reject(new Error('the flooding process exited without its tally')))
  })
  // Awaited by the test when it gets that far; a test failing earlier leaves them unawaited.
  started.catch(() => undefined)
  tally.catch(() => undefined)
  return {
    started,
    stop: () => {
      child.send('stop')
      return tally
    },
    kill: () => {
      if (child.exitCode === null) child.kill('SIGKILL')
    },
  }
}
