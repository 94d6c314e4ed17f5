import { describe, expect, it } from '@jest/globals'

import { watchEventLoop } from '../../src/fairness'

/**
 * The event loop's delay as /readyz reports it (src/fairness): a loop blocked for 400 ms shows a
 * delay of that order at once, and a quiet one a small delay once a window has passed.
 */
const busy = (ms: number) => {
  const until = performance.now() + ms
  while (performance.now() < until) {
    // The loop is held, as a long synchronous task would hold it.
  }
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the event loop watch', () => {
  it('reports a blocked loop at once, and a quiet one after a window', async () => {
    const loop = watchEventLoop(300)
    try {
      await pause(50)
      busy(400)
      await pause(30)
      expect(loop.delay().p99).toBeGreaterThanOrEqual(300)
      await pause(700)
      expect(loop.delay().p99).toBeLessThan(300)
    } finally {
      loop.stop()
    }
  })
})
