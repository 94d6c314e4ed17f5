/**
 * Select values that GraphQL writes as they are. GraphQL turns a select into an enum whose names
 * may not hold a hyphen, so the kinds that used one ("state-visit") came back from GraphQL as
 * "state_visit" and from REST as "state-visit". The kinds are now written with underscores; this
 * renames what was stored before, in the entries and in their versions.
 */
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

/** The collections whose `kind` had hyphenated values, and their SQLite tables. */
const renamedKinds = [
  { collection: 'activities', table: 'activities' },
  { collection: 'bilateral-relations', table: 'bilateral_relations' },
] as const

const underscored = (value: string) => value.replaceAll('-', '_')

/** SQLite: the same renaming, as statements for a migration's own transaction. */
export const kindRenameStatements: string[] = renamedKinds.flatMap(({ table }) =>
  [
    [table, 'kind'],
    [`_${table}_v`, 'version_kind'],
  ].map(
    ([name, column]) =>
      `UPDATE "${name}" SET "${column}" = REPLACE("${column}", '-', '_') WHERE "${column}" LIKE '%-%'`,
  ),
)

/** MongoDB: renames the stored kinds one document at a time; returns how many were changed. */
export async function renameKindsInMongo(payload: Payload): Promise<number> {
  const db = payload.db as unknown as MongooseAdapter
  let changed = 0
  for (const { collection } of renamedKinds) {
    const targets = [
      { model: db.collections[collection], read: (doc: Record<string, unknown>) => doc.kind, path: 'kind' },
      {
        model: db.versions[collection],
        read: (doc: Record<string, unknown>) =>
          typeof doc.version === 'object' && doc.version !== null
            ? (doc.version as Record<string, unknown>).kind
            : undefined,
        path: 'version.kind',
      },
    ]
    for (const { model, read, path } of targets) {
      if (!model) continue
      const docs = await model.find({}, { _id: 1, [path]: 1 }).lean<Record<string, unknown>[]>()
      for (const doc of docs) {
        const kind = read(doc)
        if (typeof kind !== 'string' || !kind.includes('-')) continue
        await model.updateOne({ _id: doc._id }, { $set: { [path]: underscored(kind) } })
        changed += 1
      }
    }
  }
  return changed
}
