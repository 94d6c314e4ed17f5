/**
 * Rewriting a query's conditions: a condition the database cannot be asked as written becomes the
 * ids of the entries it matches, found by the server. Serves the folded list search (src/search)
 * and the filters on fields named after a language (src/hooks/localeNamedFields.ts).
 */
import type { CollectionSlug, Payload, TypedLocale, Where, WhereField } from 'payload'

export const isWhere = (value: unknown): value is Where =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * `where` with every condition for which `replace(path, condition)` answers a `Where` replaced by
 * that answer, at any depth of `and` and `or`; the other conditions stay as they are.
 */
export async function replaceConditions(
  where: Where,
  replace: (path: string, condition: WhereField) => Promise<Where | null>,
): Promise<Where> {
  const out: Where = {}
  const and: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      const inner = await Promise.all(value.filter(isWhere).map((clause) => replaceConditions(clause, replace)))
      if (key === 'and') and.push(...inner)
      else out.or = inner
      continue
    }
    const replaced = value && !Array.isArray(value) && typeof value === 'object' ? await replace(key, value) : null
    if (replaced) and.push(replaced)
    else out[key] = value
  }
  return and.length > 0 ? { ...out, and } : out
}

/** The ids of at most `limit` entries matching `where`, read by the server (access not applied). */
export async function idsMatching(
  payload: Payload,
  options: { collection: CollectionSlug; where: Where; locale: TypedLocale; draft: boolean; limit: number },
): Promise<Where> {
  const { docs } = await payload.find({ ...options, depth: 0, pagination: false, overrideAccess: true, select: {} })
  return { id: { in: docs.map((doc) => doc.id) } }
}
