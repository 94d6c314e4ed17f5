// One load of the benchmark, run in a process of its own so that the client never competes with
// the server's event loop: autocannon for `seconds` at `connections`, every latency recorded.
// Prints one line of JSON: requests per second, p50/p95/p99 in ms, errors, time-outs, non-2xx
// answers and the count of each status.
// Usage: node bench/load.mjs < options.json (the options on standard input: url, connections,
// seconds, method, headers, body,
// `vary`: a query parameter given a new value in every request, so that each misses the cache, and
// `count`: a response header whose values are counted, printed as `counted`, and `paths`: paths
// asked in turn, one per request, instead of the URL's own).
import autocannon from 'autocannon'

// On standard input, not in the arguments: a list of paths may be longer than one argument may be.
let input = ''
for await (const chunk of process.stdin) input += chunk
const { url, connections, seconds, method = 'GET', headers = {}, body, vary, count, paths } = JSON.parse(input)
const latencies = []
const statuses = {}
let non2xx = 0
let sent = 0
const counted = {}
const { pathname, search } = new URL(url)
const varied = paths
  ? { setupRequest: (request) => ({ ...request, path: paths[sent++ % paths.length] }) }
  : vary
    ? {
        setupRequest: (request) => ({
          ...request,
          path: `${pathname}${search}${search ? '&' : '?'}${vary}=${process.pid}-${sent++}`,
        }),
      }
    : {}
const counting = count
  ? {
      onResponse: (_status, _body, _context, responseHeaders) => {
        const name = Object.keys(responseHeaders).find((key) => key.toLowerCase() === count)
        const value = name ? String(responseHeaders[name]) : '(none)'
        counted[value] = (counted[value] ?? 0) + 1
      },
    }
  : {}
const requests = vary || count || paths ? [{ ...varied, ...counting }] : undefined
const instance = autocannon({
  url,
  connections,
  duration: seconds,
  method,
  headers,
  body,
  pipelining: 1,
  timeout: 10,
  requests,
})
instance.on('response', (_client, statusCode, _bytes, ms) => {
  latencies.push(ms)
  statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
  if (statusCode < 200 || statusCode > 299) non2xx += 1
})
autocannon.track(instance, {
  renderProgressBar: false,
  renderResultsTable: false,
  renderLatencyTable: false,
  outputStream: process.stderr,
})
instance.on('done', (result) => {
  latencies.sort((a, b) => a - b)
  const at = (p) =>
    latencies.length === 0
      ? null
      : Number(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1))
  console.log(
    JSON.stringify({
      requests: latencies.length,
      rps: Math.round(latencies.length / seconds),
      p50: at(50),
      p95: at(95),
      p99: at(99),
      errors: result.errors + result.timeouts,
      timeouts: result.timeouts,
      non2xx,
      statuses,
      ...(count ? { counted } : {}),
    }),
  )
})
