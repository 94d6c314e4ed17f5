import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received {
  headers: http.IncomingHttpHeaders
  body: string
}

/**
 * A webhook receiver on the loopback address, as a site would run one: it checks each request's
 * signature with the shared secret, answers with the next status queued in `answers` for the
 * request's event (200 when none is left; an answer queued for one event is never taken by another)
 * and keeps what it was sent. Every connection is closed after its answer, so that no pooled socket
 * carries a request to a receiver of an earlier test.
 */
export async function startReceiver(secret: string) {
  const received: Received[] = []
  const queued = new Map<string, number[]>()
  const answers = (event: string): number[] => {
    if (!queued.has(event)) queued.set(event, [])
    return queued.get(event) as number[]
  }
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      received.push({ headers: req.headers, body })
      res.statusCode = answers(String(req.headers['x-eafs-event'])).shift() ?? 200
      res.setHeader('Connection', 'close')
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  /** Whether a request carries a valid signature of its body, made within five minutes. */
  const verified = ({ headers, body }: Received): boolean => {
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(headers['x-eafs-signature'] ?? ''))
    if (!match) return false
    const expected = crypto.createHmac('sha256', secret).update(`${match[1]}.${body}`).digest('hex')
    return (
      crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(match[2])) &&
      Math.abs(Date.now() / 1000 - Number(match[1])) < 300
    )
  }
  return {
    url: `http://127.0.0.1:${port}/hooks/eafs`,
    received,
    answers,
    verified,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
