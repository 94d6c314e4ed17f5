/**
 * The one place the response cache depends on Payload's database adapter rather than a hook: the
 * end of a transaction that changed content counts as a change (src/cache/generation.ts says why).
 * Payload runs no hook after a transaction commits (`afterChange` and `afterOperation` run inside
 * it; `commitTransaction` is called after them), so the adapter's own `commitTransaction` and
 * `rollbackTransaction` are wrapped. Checked against payload 3.90.1, @payloadcms/db-sqlite and
 * @payloadcms/db-mongodb 3.90.1; an adapter without these methods fails at start, and
 * tests/integration/cache.test.ts fails when a committed change leaves a stale answer.
 */
import type { BaseDatabaseAdapter, Config } from 'payload'

import { transactionEnded } from './generation'

/** The database adapter, with the end of a transaction that changed content counted as a change. */
export const withTransactionEnds = (db: Config['db']): Config['db'] => ({
  ...db,
  init: (args) => {
    const adapter: BaseDatabaseAdapter = db.init(args)
    const commit = adapter.commitTransaction.bind(adapter)
    const rollback = adapter.rollbackTransaction.bind(adapter)
    adapter.commitTransaction = async (id) => {
      await commit(id)
      await transactionEnded(args.payload, id)
    }
    adapter.rollbackTransaction = async (id) => {
      await rollback(id)
      await transactionEnded(args.payload, id)
    }
    return adapter
  },
})
