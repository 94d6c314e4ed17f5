/**
 * GraphQL's answers about permissions (`Access`, `docAccess…`) without a 500, through Payload's
 * public `graphQL.queries` seam (checked against payload 3.90.1; tests/http/hostile.test.ts fails
 * loudly if it changes):
 *  - Payload drops every denied permission from its answer (`sanitizePermissions` deletes `false`),
 *    and GraphQL cannot answer a non-null Boolean it no longer has: an anonymous `Access {
 *    canAccessAdmin }`, or any `permission` that is denied, ended in "Something went wrong". The
 *    denials are given back here as `false`, read from the answer's own GraphQL type, and the
 *    permissions Payload collapses into one boolean are spelled out as the type describes them.
 *  - Payload's resolver of a global's `docAccess…` reads the request from the wrong argument and
 *    always failed; it is resolved here with Payload's own operation and the request.
 */
import type { GraphQLFieldConfig, GraphQLFieldResolver } from 'graphql'
import type { Config, PayloadRequest, SanitizedConfig } from 'payload'

import { docAccessOperationGlobal, isolateObjectProperty } from 'payload'

type Queries = NonNullable<NonNullable<Config['graphQL']>['queries']>
type Field = GraphQLFieldConfig<unknown, { req: PayloadRequest }>

/*
 * Types are told apart by their shape, not with graphql's `isObjectType` & co.: the schema may
 * have been built by another copy of the graphql package (Next.js bundles its own).
 */
const innerOf = (type: unknown): unknown =>
  typeof type === 'object' && type !== null && 'ofType' in type ? innerOf(type.ofType) : type
// A required type prints as its inner type with `!` (`Boolean!`), whatever its class is called in a bundle.
const isNonNull = (type: unknown): boolean =>
  typeof type === 'object' && type !== null && 'ofType' in type && String(type).endsWith('!')
const fieldsOf = (type: unknown): Record<string, { type: unknown }> | null =>
  typeof type === 'object' && type !== null && 'getFields' in type && typeof type.getFields === 'function'
    ? (type.getFields() as Record<string, { type: unknown }>)
    : null
const isBoolean = (type: unknown): boolean =>
  typeof type === 'object' && type !== null && 'name' in type && type.name === 'Boolean'

/** `value` with every required Boolean its type has and it lacks set to false (a denial), recursively. */
export function withDenials(type: unknown, value: unknown): unknown {
  const fields = fieldsOf(innerOf(type))
  // Payload collapses a whole set of permissions into one boolean (a field's `true`, a group's
  // `fields: true`) where GraphQL's type spells them out.
  if (fields && typeof value === 'boolean') {
    if ('permission' in fields) return { permission: value }
    return Object.fromEntries(
      Object.entries(fields).flatMap(([name, field]) =>
        fieldsOf(innerOf(field.type)) ? [[name, withDenials(field.type, value)]] : [],
      ),
    )
  }
  if (!fields || typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) }
  for (const [name, field] of Object.entries(fields)) {
    const inner = innerOf(field.type)
    if (out[name] === undefined || out[name] === null) {
      const innerFields = fieldsOf(inner)
      if (isNonNull(field.type) && isBoolean(inner)) out[name] = false
      // A denied operation: `{ permission: false }`, not a bare null.
      else if (innerFields && 'permission' in innerFields) out[name] = { permission: false }
      else if (isNonNull(field.type) && innerFields) out[name] = withDenials(inner, {})
    } else if (fieldsOf(inner)) out[name] = withDenials(inner, out[name])
  }
  return out
}

const withDenialsResolved = (field: Field): Field => {
  const resolve = field.resolve
  if (!resolve) return field
  const resolved: GraphQLFieldResolver<unknown, { req: PayloadRequest }> = async (source, args, context, info) =>
    withDenials(field.type, await resolve(source, args, context, info))
  return { ...field, resolve: resolved }
}

/** The access queries Payload builds, answered with their denials, and the globals' ones repaired. */
export const accessQueries =
  (previous: Queries | undefined): Queries =>
  (graphQL, context) => {
    const built = context.Query.fields as Record<string, Field>
    const config = context.config as SanitizedConfig
    const repaired: Record<string, Field> = {}
    for (const [name, field] of Object.entries(built)) {
      if (name === 'Access' || name.startsWith('docAccess')) repaired[name] = withDenialsResolved(field)
    }
    // Payload keys its globals' GraphQL types by their place in the config's list of globals.
    const globalTypes = (context.globals as { graphQL?: Record<string, { type?: { name?: string } }> }).graphQL ?? {}
    for (const [key, typed] of Object.entries(globalTypes)) {
      const global = config.globals[Number(key)] ?? config.globals.find((candidate) => candidate.slug === key)
      const name = `docAccess${typed.type?.name ?? ''}`
      const field = built[name]
      if (!global || !field) continue
      repaired[name] = withDenialsResolved({
        ...field,
        resolve: (_source, _args, { req }) =>
          docAccessOperationGlobal({ globalConfig: global, req: isolateObjectProperty(req, 'transactionID') }),
      })
    }
    return { ...previous?.(graphQL, context), ...repaired }
  }
