/**
 * The one walk over a configuration's fields, at any depth: inside groups, arrays, rows,
 * collapsibles, tabs and blocks. `mapFields` rewrites fields (what plugins do to a collection's
 * fields); `someField` asks whether any field, however nested, is of a kind; `dataFields` gives the
 * fields at one level of data, which the walks over data (guard/fields.ts, workflow/shape.ts,
 * translation/) descend with.
 *
 * Payload's own `traverseFields` (payload 3.90.1) was weighed for the walks over data and not used:
 * its callback is given the object that holds a field and a path without row indices
 * (`body.text`, where a refusal must name `blocks.2.text`), it writes empty objects into the data it
 * walks unless `fillEmpty` is off, and it does not say which language a localized value sent for
 * every language belongs to. `flattenAllFields` flattens the configuration, not the data, and the
 * walks need the data's shape; `fieldAffectsData` (payload/shared) is what decides a level here.
 */
import type { Field } from 'payload'

import { fieldAffectsData } from 'payload/shared'

/** `fields` with `change` applied to every field: a field it answers for is replaced, the others are walked into. */
export function mapFields(fields: Field[], change: (field: Field) => Field | null): Field[] {
  return fields.map((field): Field => {
    const changed = change(field)
    if (changed) return changed
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, change) })) }
    if (field.type === 'blocks')
      return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: mapFields(block.fields, change) })) }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: mapFields(field.fields, change) } as Field
    return field
  })
}

/** Whether any field, at any depth, satisfies `test`. */
export function someField(fields: Field[], test: (field: Field) => boolean): boolean {
  return fields.some((field) => {
    if (test(field)) return true
    if (field.type === 'tabs') return field.tabs.some((tab) => someField(tab.fields, test))
    if (field.type === 'blocks') return field.blocks.some((block) => someField(block.fields, test))
    return 'fields' in field && Array.isArray(field.fields) && someField(field.fields, test)
  })
}

/** The fields at one level of data: rows, collapsibles, unnamed groups and unnamed tabs are see-through. */
export function dataFields(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [{ ...tab, type: 'group' } as Field] : dataFields(tab.fields),
      )
    if (!fieldAffectsData(field)) return 'fields' in field ? dataFields(field.fields) : []
    return [field]
  })
}

/** The fields inside a named group or array, at their level of data; null for any other field. */
export const childrenOf = (field: Field): Field[] | null =>
  (field.type === 'group' || field.type === 'array') && 'name' in field ? dataFields(field.fields) : null

/** Whether a field, or anything inside it, is stored per language. */
export const holdsLocalized = (field: Field): boolean =>
  ('localized' in field && field.localized === true) || (childrenOf(field) ?? []).some(holdsLocalized)

/** `custom.serverWritten` marks a field only the server's hooks write (stages, statuses, authorship). */
export const SERVER_WRITTEN = { serverWritten: true } as const

/** Payload's own timestamps, which it writes on every save. */
const TIMESTAMPS = new Set(['createdAt', 'updatedAt'])

/**
 * Whether a field holds what a person writes: not a virtual field (never stored, such as
 * `alternates`), not one hidden from the API, not Payload's timestamps, and not one the server
 * writes (`custom.serverWritten`: the workflow's stages, the translation status, who changed what).
 * The admin's form sends every field back with each save and autosave, these included and possibly
 * stale; none of them is an edit.
 */
export const isWritten = (field: Field): boolean =>
  !('virtual' in field && field.virtual) &&
  !('hidden' in field && field.hidden === true) &&
  !('name' in field && TIMESTAMPS.has(field.name)) &&
  field.custom?.serverWritten !== true
