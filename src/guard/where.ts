/**
 * The shape of a query's conditions (`where`), checked before the database sees them, so that an
 * operator given the wrong kind of value is a 400 naming the place, not a 500 from deep inside the
 * adapter. A path the guard cannot resolve is left to Payload, which refuses unknown paths itself.
 */
import type { FlattenedField, Payload, PayloadRequest } from 'payload'

import { guardWords, type Localized, say } from '../i18n'
import { isIdValue } from '../lib/ids'
import { refuse } from '../lib/refuse'
import { isCollection } from './relations'

const OPERATORS = new Set([
  'equals',
  'contains',
  'not_equals',
  'in',
  'all',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'within',
  'intersects',
  'near',
])
const LISTS = new Set(['in', 'not_in', 'all'])
const GEO = new Set(['near', 'within', 'intersects'])
const MAX_NESTING = 8
const MAX_VALUES = 1_000

/** What a path ends on, as far as the values it may be compared with are concerned. */
type Kind = 'date' | 'id' | 'number' | 'point' | 'boolean' | 'other' | 'unknown'

const kindOfField = (field: FlattenedField): Kind => {
  switch (field.type) {
    case 'date':
      return 'date'
    case 'number':
      return 'number'
    case 'checkbox':
      return 'boolean'
    case 'point':
      return 'point'
    case 'relationship':
    case 'upload':
      return typeof field.relationTo === 'string' ? 'id' : 'unknown'
    default:
      return 'other'
  }
}

/** The kind of value a dotted path of a collection compares, or 'unknown' where the guard cannot tell. */
function kindOfPath(payload: Payload, collection: string, path: string): Kind {
  let fields: FlattenedField[] | undefined = isCollection(payload, collection)
    ? payload.collections[collection].config.flattenedFields
    : undefined
  const segments = path.split('.')
  for (let i = 0; i < segments.length && fields; i++) {
    const segment = segments[i]
    if (segment === 'id' && i === segments.length - 1) return 'id'
    const field: FlattenedField | undefined = fields.find((candidate) => candidate.name === segment)
    if (!field) return 'unknown'
    const last = i === segments.length - 1
    if (last) return kindOfField(field)
    if (field.type === 'group' || field.type === 'array' || field.type === 'tab') fields = field.flattenedFields
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      fields = isCollection(payload, field.relationTo)
        ? payload.collections[field.relationTo].config.flattenedFields
        : undefined
    } else return 'unknown'
  }
  return 'unknown'
}

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** The values of a list operand: an array, a comma-separated string, or qs's object of indices. */
const listValues = (value: unknown): unknown[] | null => {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  if (isScalar(value)) return [value]
  return null
}

/** A date the database can store: a parseable date in years 1 to 9999. */
const isDateValue = (value: unknown) => {
  if (value === null || value === '') return true
  if (typeof value !== 'string' && typeof value !== 'number') return false
  const time = new Date(value).getTime()
  return Number.isFinite(time) && time >= Date.UTC(1, 0, 1) && time < Date.UTC(10000, 0, 1)
}

const isNumberValue = (value: unknown) =>
  value === null || value === '' || (typeof value !== 'boolean' && Number.isFinite(Number(value)))

export class WhereProblem {
  constructor(
    readonly path: string,
    readonly problem: Localized,
    readonly values: Record<string, number | string> = {},
  ) {}
}

interface Walk {
  payload: Payload
  collection: string
  idIsNumber: boolean
  values: number
}

function checkOperand(walk: Walk, path: string, operator: string, operand: unknown): void {
  const kind = kindOfPath(walk.payload, walk.collection, path)
  const where = `${path}.${operator}`
  if (GEO.has(operator)) {
    if (kind !== 'point' && kind !== 'unknown') throw new WhereProblem(where, guardWords.whereUnknownOperator)
    if (operator === 'near') {
      const parts = typeof operand === 'string' ? operand.split(',') : Array.isArray(operand) ? operand : null
      if (!parts || parts.length < 2 || parts.length > 4 || !parts.every((part) => part !== '' && isNumberValue(part)))
        throw new WhereProblem(where, guardWords.whereNear)
    } else if (
      typeof operand !== 'object' ||
      operand === null ||
      Array.isArray(operand) ||
      typeof (operand as { type?: unknown }).type !== 'string' ||
      !Array.isArray((operand as { coordinates?: unknown }).coordinates)
    ) {
      throw new WhereProblem(where, guardWords.whereGeometry)
    }
    return
  }
  if (operator === 'exists') {
    if (!(typeof operand === 'boolean' || operand === 'true' || operand === 'false'))
      throw new WhereProblem(where, guardWords.whereScalar)
    return
  }
  const values = LISTS.has(operator) ? listValues(operand) : isScalar(operand) ? [operand] : null
  if (!values || !values.every(isScalar))
    throw new WhereProblem(where, LISTS.has(operator) ? guardWords.whereList : guardWords.whereScalar)
  walk.values += values.length
  if (walk.values > MAX_VALUES) throw new WhereProblem(where, guardWords.whereTooLarge, { max: MAX_VALUES })
  const comparesText = operator === 'like' || operator === 'not_like' || operator === 'contains'
  if (comparesText) return
  if (kind === 'date' && !values.every(isDateValue)) throw new WhereProblem(where, guardWords.whereScalar)
  if (kind === 'number' && !values.every(isNumberValue)) throw new WhereProblem(where, guardWords.whereScalar)
  if (kind === 'id' && !values.every((value) => value === null || isIdValue(value, walk.idIsNumber)))
    throw new WhereProblem(where, guardWords.notAnId)
}

function checkCondition(walk: Walk, path: string, condition: unknown, nesting: number): void {
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition))
    throw new WhereProblem(path, guardWords.whereCondition)
  for (const [key, operand] of Object.entries(condition)) {
    if (OPERATORS.has(key)) checkOperand(walk, path, key, operand)
    else {
      // Not an operator: a nested path (`where[group][field][equals]`), as Payload reads it. On a
      // field the guard knows to be a leaf, it is an unknown operator.
      const kind = kindOfPath(walk.payload, walk.collection, path)
      if (kind !== 'unknown') throw new WhereProblem(`${path}.${key}`, guardWords.whereUnknownOperator)
      if (nesting >= MAX_NESTING) throw new WhereProblem(path, guardWords.whereTooDeep, { max: MAX_NESTING })
      checkCondition(walk, `${path}.${key}`, operand, nesting + 1)
    }
  }
}

function checkWhere(walk: Walk, where: unknown, path: string, nesting: number): void {
  if (nesting > MAX_NESTING) throw new WhereProblem(path || 'where', guardWords.whereTooDeep, { max: MAX_NESTING })
  if (typeof where !== 'object' || where === null || Array.isArray(where))
    throw new WhereProblem(path || 'where', guardWords.whereCondition)
  for (const [key, value] of Object.entries(where)) {
    const here = path ? `${path}.${key}` : key
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      const clauses = Array.isArray(value)
        ? value
        : typeof value === 'object' && value !== null && Object.keys(value).every((index) => /^\d+$/.test(index))
          ? Object.values(value)
          : null
      if (!clauses) throw new WhereProblem(here, guardWords.whereCondition)
      clauses.forEach((clause, index) => checkWhere(walk, clause, `${here}.${index}`, nesting + 1))
    } else checkCondition(walk, here, value, nesting)
  }
}

/** Refuses (400, in the caller's language) a `where` whose shape the database could not be asked. */
export function assertWhereShape(req: PayloadRequest, collection: string, where: unknown): void {
  if (where === undefined || where === null) return
  try {
    checkWhere(
      { payload: req.payload, collection, idIsNumber: req.payload.db.defaultIDType === 'number', values: 0 },
      where,
      '',
      0,
    )
  } catch (error) {
    if (!(error instanceof WhereProblem)) throw error
    throw refuse(req, 400, guardWords.whereShape, { path: error.path, problem: say(req, error.problem, error.values) })
  }
}
