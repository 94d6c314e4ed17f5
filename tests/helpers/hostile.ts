import http from 'node:http'
import { createClient } from '@libsql/client'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import type { HostileRequest, Sender } from '../http/hostile/corpus'

export interface HostileAnswer {
  status: number
  text: string
  ms: number
  headers: Headers
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A PNG of the given size whose pixels are all black (a few rows are enough for a header check). */
export function png(width: number, height: number, rows = height): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 0, 0, 0, 0], 8) // 8-bit greyscale
  const pixels = zlib.deflateSync(Buffer.alloc(Math.min(rows, height) * (width + 1)))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const uploadContent = (content: NonNullable<HostileRequest['upload']>['content']): Buffer => {
  switch (content) {
    case 'png':
      return png(8, 8)
    case 'bomb':
      // 30,000 × 30,000 pixels declared, two rows given: 900 megapixels if decoded.
      return png(30_000, 30_000, 2)
    case 'svg':
      return Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    case 'empty':
      return Buffer.alloc(0)
    case 'text':
      return Buffer.from('<html><script>alert(document.cookie)</script></html>')
  }
}

/** Sends one request of the corpus as `tokens[request.as]` and reads its whole answer. */
/** Methods a Fetch Request cannot carry. */
const FETCH_REFUSES = new Set(['CONNECT', 'TRACE', 'TRACK'])

/** A bodiless request through node:http, for the methods Fetch refuses. */
function sendRaw(url: string, method: string, path: string, headers: Headers, started: number): Promise<HostileAnswer> {
  return new Promise((resolve, reject) => {
    const sent = http.request(`${url}${path}`, { method, headers: Object.fromEntries(headers) }, (res) => {
      let text = ''
      res.on('data', (chunk: Buffer) => (text += chunk.toString()))
      res.on('end', () => {
        const answerHeaders = new Headers()
        for (const [name, value] of Object.entries(res.headers))
          if (typeof value === 'string') answerHeaders.set(name, value)
        resolve({ status: res.statusCode ?? 0, text, ms: performance.now() - started, headers: answerHeaders })
      })
    })
    sent.on('error', reject)
    sent.end()
  })
}

export async function sendHostile(
  url: string,
  request: HostileRequest,
  tokens: Partial<Record<Sender, string>>,
): Promise<HostileAnswer> {
  const headers = new Headers(request.headers)
  headers.delete('X-Declared')
  const token = request.as && request.as !== 'anonymous' ? tokens[request.as] : undefined
  if (token) headers.set('Authorization', `JWT ${token}`)
  let body: BodyInit | undefined
  if (request.upload) {
    const form = new FormData()
    // Payload reads an upload's other fields from `_payload`, as its admin sends them.
    const fields = request.upload.fields ?? {}
    if ('_payload' in fields) form.append('_payload', fields._payload)
    else if (Object.keys(fields).length > 0) form.append('_payload', JSON.stringify(fields))
    form.append(
      'file',
      new Blob([new Uint8Array(uploadContent(request.upload.content))], { type: request.upload.type }),
      request.upload.filename,
    )
    body = form
  } else if (request.json !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(request.json)
  } else if (request.body !== undefined) {
    if (request.contentType) headers.set('Content-Type', request.contentType)
    body = request.body
  }
  const started = performance.now()
  if (request.method && FETCH_REFUSES.has(request.method))
    return sendRaw(url, request.method, request.path, headers, started)
  const response = await fetch(`${url}${request.path}`, {
    method: request.method ?? 'GET',
    headers,
    body,
    redirect: 'manual',
  })
  const text = await response.text()
  return { status: response.status, text, ms: performance.now() - started, headers: response.headers }
}

/** What no answer may show a caller: internal errors, code, SQL, paths, stack traces. */
export const INTERNAL_TEXT = [
  /Something went wrong/i,
  /Maximum call stack/i,
  /Cannot read propert/i,
  /is not a function/i,
  /^\w+ is not defined/,
  /\bTypeError\b|\bSyntaxError\b|\bRangeError\b|\bReferenceError\b/,
  /\bat [\w.<>]+ \(/,
  /node_modules|\/work\/|\/home\/|\/tmp\/|file:\/\//,
  /\bselect\b.+\bfrom\b|\binsert into\b|\bSQLITE_|drizzle|Failed query/i,
  /MongoServerError|CastError|BSON/i,
  /Invalid string length/i,
  /Unexpected token/i,
]

/** A SHA-256 of every row of every table of a SQLite database, table by table. */
export async function databaseChecksum(file: string): Promise<Record<string, string>> {
  const client = createClient({ url: `file:${file}` })
  try {
    const tables = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    const sums: Record<string, string> = {}
    for (const row of tables.rows) {
      const name = String(row.name)
      const rows = await client.execute(`SELECT * FROM "${name.replaceAll('"', '""')}" ORDER BY rowid`)
      const hash = crypto.createHash('sha256')
      for (const values of rows.rows)
        hash.update(
          JSON.stringify(
            Array.from(values, (value) =>
              value instanceof ArrayBuffer ? Buffer.from(value).toString('base64') : value,
            ),
          ),
        )
      sums[name] = `${rows.rows.length}:${hash.digest('hex').slice(0, 16)}`
    }
    return sums
  } finally {
    client.close()
  }
}

/** A SHA-256 of every file of a folder (names, sizes and contents). */
export function folderChecksum(folder: string): string {
  const hash = crypto.createHash('sha256')
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) hash.update(`${path.relative(folder, full)}\0`).update(fs.readFileSync(full))
    }
  }
  if (fs.existsSync(folder)) walk(folder)
  return hash.digest('hex')
}
