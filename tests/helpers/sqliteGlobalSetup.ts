import os from 'node:os'

export default function globalSetup(): void {
  console.log(
    `\n[sqlite leg] using embedded SQLite (@payloadcms/db-sqlite, libsql), one fresh file per test file in ${os.tmpdir()}`,
  )
}
