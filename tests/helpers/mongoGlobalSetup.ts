import { startMongoForTests } from './mongoServer'

type GlobalWithMongo = typeof globalThis & { __mongoForTests?: { stop: () => Promise<void> } }

export default async function globalSetup(): Promise<void> {
  const mongo = await startMongoForTests()
  process.env.TEST_MONGODB_URL = mongo.url
  ;(globalThis as GlobalWithMongo).__mongoForTests = mongo
  console.log(`\n[mongodb leg] using ${mongo.description}`)
}
