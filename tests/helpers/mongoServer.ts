import net from 'node:net'

/** A free TCP port on the loopback interface. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })

/** A MongoDB URL naming database `name`, options kept. */
export const withDatabaseName = (url: string, name: string): string => {
  const [base, query] = url.split('?')
  return `${base.replace(/\/+$/, '')}/${name}${query ? `?${query}` : ''}`
}

export interface MongoForTests {
  /** mongodb://host:port, without a database name (perhaps with options after `/?`). */
  url: string
  description: string
  stop: () => Promise<void>
}

/**
 * The MongoDB server for the mongodb leg: the one in MONGODB_URL when given (a real server always
 * wins), otherwise the in-process CongoDB wire-protocol server of @push.rocks/smartmongo, a
 * stand-in for CI that neither runs $lookup pipelines nor enforces unique indexes.
 */
export async function startMongoForTests(): Promise<MongoForTests> {
  const external = process.env.MONGODB_URL?.trim()
  if (external) {
    return {
      url: external.replace(/\/+$/, ''),
      description: `external MongoDB server from MONGODB_URL`,
      stop: async () => undefined,
    }
  }
  const { congodb } = await import('@push.rocks/smartmongo')
  const port = await freePort()
  const server = new congodb.CongoServer({ host: '127.0.0.1', port })
  await server.start()
  return {
    // The driver's streaming server monitor (exhaust `hello`, moreToCome) is more than the stand-in
    // speaks: when it ends a stream, the driver clears the pool under running tests. Polling is
    // what the driver does with servers that do not stream.
    url: `mongodb://127.0.0.1:${port}/?serverMonitoringMode=poll`,
    description: `in-process CongoDB wire-protocol server (@push.rocks/smartmongo) on 127.0.0.1:${port}`,
    stop: () => server.stop(),
  }
}
