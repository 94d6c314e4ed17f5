import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { articleTitle } from '../../src/seed/article'
import { type MongoForTests, startMongoForTests, withDatabaseName } from '../helpers/mongoServer'
import { type ServerProcess, startProductionServer } from '../helpers/serverProcess'

/** The same production server on MongoDB, the production database. */
describe('the production server on MongoDB', () => {
  let mongo: MongoForTests
  let server: ServerProcess

  beforeAll(async () => {
    mongo = await startMongoForTests()
    console.log(`[http on mongodb] using ${mongo.description}`)
    server = await startProductionServer({ DATABASE_URI: withDatabaseName(mongo.url, `eafs_http_${Date.now()}`) })
  })

  afterAll(async () => {
    await server?.stop()
    await mongo?.stop()
  })

  it('is ready on MongoDB and serves the seeded content in every locale', async () => {
    expect(await (await fetch(`${server.url}/readyz`)).json()).toMatchObject({ status: 'ready', database: 'mongodb' })
    for (const locale of ['ar', 'az', 'en'] as const) {
      const body = (await (await fetch(`${server.url}/api/news?locale=${locale}`)).json()) as {
        docs: { title: string }[]
      }
      expect(body.docs.map((d) => d.title)).toEqual([articleTitle[locale]])
    }
    const timeline = (await (
      await fetch(`${server.url}/api/bilateral-relations?sort=date&locale=en&limit=100`)
    ).json()) as {
      docs: { dateLabel: string }[]
    }
    expect(timeline.docs[0].dateLabel).toBe('December 1991')
  })

  it('serves GraphQL and the admin', async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Courses(locale: az) { docs { title } } }' }),
    })
    expect(await response.json()).toEqual({ data: { Courses: { docs: [{ title: 'Pulsuz Azərbaycan dili kursu' }] } } })
    expect((await fetch(`${server.url}/admin/login`)).status).toBe(200)
  })
})
