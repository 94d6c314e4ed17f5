// One load of the benchmark, run in a process of its own so that the client never competes with
// the server's event loop: autocannon for `seconds` at `connections`, every latency recorded.
// Prints one line of JSON: requests per second, p50/p95/p99 in ms, errors and non-2xx answers.
// Usage: node bench/load.mjs '<json options>' (url, connections, seconds, method, headers, body).
import autocannon from 'autocannon'

const { url, connections, seconds, method = 'GET', headers = {}, body } = JSON.parse(process.argv[2])
const latencies = []
let non2xx = 0
const instance = autocannon({ url, connections, duration: seconds, method, headers, body, pipelining: 1 })
instance.on('response', (_client, statusCode, _bytes, ms) => {
  latencies.push(ms)
  if (statusCode < 200 || statusCode > 299) non2xx += 1
})
autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false, outputStream: process.stderr })
instance.on('done', (result) => {
  latencies.sort((a, b) => a - b)
  const at = (p) => latencies.length === 0 ? null : Number(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1))
  console.log(JSON.stringify({
    requests: latencies.length,
    rps: Math.round(latencies.length / seconds),
    p50: at(50),
    p95: at(95),
    p99: at(99),
    errors: result.errors + result.timeouts,
    non2xx,
  }))
})
