type GlobalWithMongo = typeof globalThis & { __mongoForTests?: { stop: () => Promise<void> } }

export default async function globalTeardown(): Promise<void> {
  await (globalThis as GlobalWithMongo).__mongoForTests?.stop()
}
