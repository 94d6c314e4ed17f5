/**
 * A flooding client in a process of its own, as an attacker is: `connections` loops, each asking for
 * `${url}${n}` (a new address every time) from X-Forwarded-For `address`, until the parent says
 * "stop"; then it reports how many answers had each status and how many 429s came without a
 * positive Retry-After. Run by startFlood (tests/helpers/flood.ts) through child_process.fork.
 */
/* global fetch, AbortSignal */
const { url, address, connections } = JSON.parse(process.argv[2])
const statuses = {}
let missingRetryAfter = 0
let flooding = true
let n = 0
let answered = false

process.on('message', (message) => {
  if (message === 'stop') flooding = false
})

const loop = async () => {
  while (flooding) {
    try {
      const answer = await fetch(`${url}${n++}`, {
        headers: { 'X-Forwarded-For': address, 'Accept-Language': 'ar' },
        signal: AbortSignal.timeout(15_000),
      })
      await answer.arrayBuffer()
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1
      if (answer.status === 429 && !(Number(answer.headers.get('Retry-After')) > 0)) missingRetryAfter++
    } catch (error) {
      const name = `error: ${error.cause?.code ?? error.name}`
      statuses[name] = (statuses[name] ?? 0) + 1
    }
    if (!answered) {
      answered = true
      process.send('flooding')
    }
  }
}

await Promise.all(Array.from({ length: connections }, loop))
process.send({ statuses, missingRetryAfter }, () => process.exit(0))
