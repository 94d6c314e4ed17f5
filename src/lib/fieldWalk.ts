/**
 * The one walk over a configuration's fields, at any depth: inside groups, arrays, rows,
 * collapsibles, tabs and blocks. `mapFields` rewrites fields (what plugins do to a collection's
 * fields); `someField` asks whether any field, however nested, is of a kind. Walks over data with
 * its fields go through Payload's own `traverseFields` where they need Payload's view of the data.
 */
import type { Field } from 'payload'

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
