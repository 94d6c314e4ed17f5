import type { Field } from 'payload'

import { dataFields } from '../lib/fieldWalk'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The values `data` holds for fields of `type`, at any depth, each with its path; a localized
 * field's value sent for every locale (`locale=all`) yields each locale's value.
 */
export function valuesOfType(
  fields: Field[],
  data: unknown,
  type: Field['type'],
  path = '',
): { path: string; value: unknown }[] {
  if (!isRecord(data)) return []
  return dataFields(fields).flatMap((field) => {
    const at = (name: string) => (path ? `${path}.${name}` : name)
    if (!('name' in field) || !field.name) return []
    const value = data[field.name]
    if (value === undefined) return []
    if (field.type === type) {
      const perLocale = 'localized' in field && field.localized && isRecord(value) && !('root' in value)
      return perLocale
        ? Object.entries(value).map(([locale, inner]) => ({ path: at(`${field.name}.${locale}`), value: inner }))
        : [{ path: at(field.name), value }]
    }
    if (field.type === 'group') return valuesOfType(field.fields, value, type, at(field.name))
    if (field.type === 'array' && Array.isArray(value))
      return value.flatMap((row, index) => valuesOfType(field.fields, row, type, at(`${field.name}.${index}`)))
    if (field.type === 'blocks' && Array.isArray(value)) {
      return value.flatMap((row, index) => {
        const block = field.blocks.find((candidate) => isRecord(row) && candidate.slug === row.blockType)
        return block ? valuesOfType(block.fields, row, type, at(`${field.name}.${index}`)) : []
      })
    }
    return []
  })
}

/** How deeply `value` nests objects and arrays, counted without recursion; stops past `limit`. */
export function nestingOf(value: unknown, limit: number): number {
  let deepest = 0
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number }
    if (typeof current !== 'object' || current === null) continue
    deepest = Math.max(deepest, depth + 1)
    if (deepest > limit) return deepest
    for (const inner of Object.values(current)) stack.push({ value: inner, depth: depth + 1 })
  }
  return deepest
}

/** The kinds of JSON value a field accepts, by field type (relations and rich text are checked on their own). */
export type ValueKind = 'boolean' | 'list' | 'number' | 'object' | 'text'

const kindOf = (value: unknown): ValueKind | 'null' | 'other' =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'list'
      : typeof value === 'string'
        ? 'text'
        : typeof value === 'number'
          ? Number.isFinite(value)
            ? 'number'
            : 'other'
          : typeof value === 'boolean'
            ? 'boolean'
            : typeof value === 'object'
              ? 'object'
              : 'other'

/** What a scalar field expects of each value it holds. */
const scalarKind = (field: Field): ValueKind | null => {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'select':
    case 'radio':
    case 'date':
      return 'text'
    case 'number':
      return 'number'
    case 'checkbox':
      return 'boolean'
    default:
      return null
  }
}

/**
 * Values of the wrong kind for their field, at any depth: text given as a number or an object,
 * a number as text, a group as a string, a list as an object. Payload would store `42` or
 * `{"ar":"x"}` as the text of a title.
 */
export function wrongKinds(fields: Field[], data: unknown, path = ''): { path: string; expected: ValueKind }[] {
  if (!isRecord(data)) return []
  return dataFields(fields).flatMap((field): { path: string; expected: ValueKind }[] => {
    const at = (name: string) => (path ? `${path}.${name}` : name)
    if (!('name' in field) || !field.name) return []
    const value = data[field.name]
    if (value === undefined || value === null) return []
    const here = at(field.name)
    const scalar = scalarKind(field)
    if (scalar) {
      const many = 'hasMany' in field && field.hasMany === true
      const items = many ? (Array.isArray(value) ? value : null) : [value]
      if (!items) return [{ path: here, expected: 'list' }]
      return items.every(
        (item) =>
          item === null ||
          kindOf(item) === scalar ||
          (scalar === 'text' && field.type === 'date' && kindOf(item) === 'number'),
      )
        ? []
        : [{ path: here, expected: scalar }]
    }
    if (field.type === 'group') return checkNested(field.fields, value, here)
    if (field.type === 'array' || field.type === 'blocks') {
      // The admin's form writes a list without rows as its row count, 0; Payload reads it as empty.
      if (value === 0) return []
      if (!Array.isArray(value) || !value.every(isRecord)) return [{ path: here, expected: 'list' }]
      if (field.type === 'array')
        return value.flatMap((row, index) => wrongKinds(field.fields, row, `${here}.${index}`))
      return value.flatMap((row, index) => {
        const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
        return block ? wrongKinds(block.fields, row, `${here}.${index}`) : []
      })
    }
    if (field.type === 'richText' || field.type === 'point')
      return kindOf(value) === (field.type === 'point' ? 'list' : 'object')
        ? []
        : [{ path: here, expected: field.type === 'point' ? 'list' : 'object' }]
    return []
  })
}

const checkNested = (fields: Field[], value: unknown, path: string): { path: string; expected: ValueKind }[] =>
  value === undefined || value === null
    ? []
    : isRecord(value)
      ? wrongKinds(fields, value, path)
      : [{ path, expected: 'object' }]
