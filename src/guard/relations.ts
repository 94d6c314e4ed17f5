/**
 * A relation may only point at an entry that exists: every relationship and upload field checks,
 * on save, that the ids it was given and did not hold before are there (one query per related
 * collection, entries in the trash included). Without it SQLite answers a missing id with a
 * foreign-key failure (a 500) and MongoDB stores the dangling id.
 */
import type { CollectionSlug, Field, Payload, PayloadRequest, RelationshipField, UploadField } from 'payload'

import { relationship as defaultRelationship, upload as defaultUpload } from 'payload/shared'

import { guardWords, say } from '../i18n'
import { isIdValue } from '../lib/ids'
import { mapFields } from '../lib/fieldWalk'

type Related = { relationTo: string; id: number | string }

/** The (collection, id) pairs of a relationship or upload value, single or many, plain or polymorphic. */
const relatedOf = (value: unknown, relationTo: string | string[]): Related[] => {
  const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return items.flatMap((item): Related[] => {
    if (typeof relationTo === 'string') {
      const id = typeof item === 'object' && item !== null && 'id' in item ? (item as { id: unknown }).id : item
      return typeof id === 'number' || typeof id === 'string' ? [{ relationTo, id }] : []
    }
    if (typeof item !== 'object' || item === null) return []
    const { relationTo: to, value: inner } = item as { relationTo?: unknown; value?: unknown }
    const id = typeof inner === 'object' && inner !== null && 'id' in inner ? (inner as { id: unknown }).id : inner
    return typeof to === 'string' && (typeof id === 'number' || typeof id === 'string') ? [{ relationTo: to, id }] : []
  })
}

export const isCollection = (payload: Payload, slug: string): slug is CollectionSlug =>
  Object.hasOwn(payload.collections, slug)

/** The ids of `wanted` that no entry of `collection` has (all of them when there is no such collection). */
export async function missingIds(
  req: PayloadRequest,
  collection: string,
  wanted: (number | string)[],
): Promise<(number | string)[]> {
  if (!isCollection(req.payload, collection)) return wanted
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: wanted } },
    depth: 0,
    pagination: false,
    limit: wanted.length,
    select: {},
    overrideAccess: true,
    trash: true,
    disableErrors: true,
    req,
  })
  const found = new Set(docs.map((doc) => String(doc.id)))
  return wanted.filter((id) => !found.has(String(id)))
}

/** Checks that the ids newly given to a field exist; the message names the collection and the ids. */
async function checkExisting(
  value: unknown,
  previous: unknown,
  relationTo: string | string[],
  req: PayloadRequest,
): Promise<string | true> {
  const before = new Set(relatedOf(previous, relationTo).map((item) => `${item.relationTo}:${item.id}`))
  const added = relatedOf(value, relationTo).filter((item) => !before.has(`${item.relationTo}:${item.id}`))
  const byCollection = new Map<string, (number | string)[]>()
  for (const item of added) byCollection.set(item.relationTo, [...(byCollection.get(item.relationTo) ?? []), item.id])
  const idIsNumber = req.payload.db.defaultIDType === 'number'
  for (const [collection, ids] of byCollection) {
    if (!isCollection(req.payload, collection)) return say(req, guardWords.linkTarget)
    const malformed = ids.filter((id) => !isIdValue(id, idIsNumber))
    const missing = malformed.length > 0 ? malformed : await missingIds(req, collection, ids)
    if (missing.length > 0) return say(req, guardWords.missingRelations, { collection, ids: missing.join(', ') })
  }
  return true
}

/** Payload types a field's validation by its `hasMany`; the wrapper passes value and options through as they came. */
type PassThrough = (
  value: unknown,
  options: { event?: string; previousValue?: unknown; req: PayloadRequest },
) => Promise<string | true> | string | true

/** The field's own validation (Payload's default when it has none), then the existence of what it points at. */
function checkingExistence<F extends RelationshipField | UploadField>(field: F, fallback: unknown): F {
  const own = (field.validate ?? fallback) as PassThrough
  const validate: PassThrough = async (value, options) => {
    const result = await own(value, options)
    if (result !== true || options.event === 'onChange') return result
    return checkExisting(value, options.previousValue, field.relationTo, options.req)
  }
  return { ...field, validate } as F
}

/** Every relationship and upload field of `fields`, at any depth, made to check that its ids exist. */
export const checkRelationsExist = (fields: Field[]): Field[] =>
  mapFields(fields, (field) =>
    field.type === 'relationship'
      ? checkingExistence(field, defaultRelationship)
      : field.type === 'upload'
        ? checkingExistence(field, defaultUpload)
        : null,
  )
