// The ceiling #21's targets are ratios of: a bare express app (no middleware) answering one fixed
// JSON document of about 99 KB, serialised once (as a site's static JSON would be; `res.json` would
// serialise it again on every request, at a fifth of the speed on Node 20), in a process of its own.
// Usage: node bench/bare.mjs <file.json>; sends `{ port }` to its parent once it listens.
import express from 'express'
import fs from 'node:fs'

const [file] = process.argv.slice(2)
const document = fs.readFileSync(file, 'utf8')
const app = express()
app.get('/', (_req, res) => {
  res.type('json').send(document)
})
const server = app.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }))
process.on('disconnect', () => server.close(() => process.exit(0)))
