/**
 * GraphQL's share of the bounds, as validation rules (Payload's documented `graphQL.validationRules`),
 * checked before anything runs.
 *
 * One dependency beyond that seam: a document whose fragments spread themselves or would spell out
 * without end is swapped, for validation only, for the same document without its fragments, by
 * replacing `args.document` in the execution arguments Payload 3.90.1 passes to the rules (graphql's
 * own rules would walk it first, without a guard). It is never executed: the rule reports the
 * refusal. tests/integration/limits.test.ts ("refuses fragments that spread themselves…") fails,
 * or runs out of time, if Payload stops validating the replaced document.
 */
import type { PayloadRequest } from 'payload'

import {
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

import { limitWords, type Localized, say } from '../i18n'
import { boundsOf, type LimitOptions } from './bounds'

/** Fields a query may select, fragments spelled out, before it is refused unread. */
export const MAX_GRAPHQL_FIELDS = 2_000

/** How many items a list with no `limit` of its own (a hasMany relation, an array) is taken to hold. */
const LIST_ESTIMATE = 10

/*
 * Types are told apart by their shape, not with graphql's `isObjectType` & co.: those compare
 * classes, and the schema may have been built by another copy of the graphql package (Next.js
 * bundles its own), where they would quietly answer "no".
 */
type FieldMap = Record<string, GraphQLField<unknown, unknown>>

const fieldsOf = (type: unknown): FieldMap | null =>
  typeof type === 'object' && type !== null && 'getFields' in type && typeof type.getFields === 'function'
    ? (type.getFields() as FieldMap)
    : null

const membersOf = (type: unknown): GraphQLNamedType[] =>
  typeof type === 'object' && type !== null && 'getTypes' in type && typeof type.getTypes === 'function'
    ? (type.getTypes() as GraphQLNamedType[])
    : []

const namedTypeOf = (type: GraphQLOutputType): GraphQLNamedType => {
  let current: unknown = type
  while (typeof current === 'object' && current !== null && 'ofType' in current && current.ofType)
    current = current.ofType
  return current as GraphQLNamedType
}

/** `[NewsItem!]!` is a list; `NewsItem!` is not. */
const isList = (type: GraphQLOutputType): boolean => String(type).replace(/!$/, '').startsWith('[')

/** A document of a collection: what a relation field leads to. Payload gives each of them these three. */
const isDocumentType = (type: GraphQLNamedType): boolean => {
  const members = membersOf(type)
  if (members.length > 0) return members.some(isDocumentType)
  const fields = fieldsOf(type)
  return fields !== null && 'id' in fields && 'createdAt' in fields && 'updatedAt' in fields
}

const intValue = (
  node: ValueNode | undefined,
  variables: Record<string, unknown> | null | undefined,
): number | null => {
  if (!node) return null
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.VARIABLE) {
    const value = variables?.[node.name.value]
    return typeof value === 'number' ? value : null
  }
  return null
}

interface Walk {
  typeNamed: (name: string) => GraphQLNamedType | undefined
  fragments: Fragments
  variables: Record<string, unknown> | null | undefined
  maxLimit: number
  defaultLimit: number
  cost: number
  deepest: number
  depthArgument: number
}

/** Where in the query a selection is. */
interface Position {
  parent: GraphQLNamedType
  /** Related documents entered: -1 outside any, 0 in the documents a query returns. */
  docDepth: number
  /** How many times this selection runs: a list of 20 news, each with ~10 related entries, runs 200 times. */
  multiplier: number
  /** The page size of the paginated query this selection is in. */
  pageSize: number
  /** Fragments being spelled out on the way here. */
  visiting: Set<string>
}

/**
 * Walks a selection as it will be executed, counting estimated documents and nesting. Its size is
 * bounded before it is walked (`spelledOutProblem`).
 */
function walk(state: Walk, selectionSet: SelectionSetNode, at: Position): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      const fragment = state.fragments.get(name)
      // A cycle is GraphQL's own error (NoFragmentCyclesRule); here it is only not followed.
      if (!fragment || at.visiting.has(name)) continue
      const parent = state.typeNamed(fragment.typeCondition.name.value) ?? at.parent
      walk(state, fragment.selectionSet, { ...at, parent, visiting: new Set([...at.visiting, name]) })
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const parent = (selection.typeCondition && state.typeNamed(selection.typeCondition.name.value)) || at.parent
      walk(state, selection.selectionSet, { ...at, parent })
    } else {
      visitField(state, selection, at)
    }
  }
}

function visitField(state: Walk, field: FieldNode, at: Position): void {
  const name = field.name.value
  const definition = name.startsWith('__') ? undefined : fieldsOf(at.parent)?.[name]
  if (!definition) return
  const args = Object.fromEntries((field.arguments ?? []).map((arg) => [arg.name.value, arg.value]))
  const depthArgument = intValue(args.depth, state.variables)
  if (depthArgument !== null) state.depthArgument = Math.max(state.depthArgument, depthArgument)
  if (!field.selectionSet) return

  const type = namedTypeOf(definition.type)
  const asked = intValue(args.limit, state.variables)
  // A paginated query (`News(limit: 20) { docs { … } }`): its `docs` list holds one page.
  const pageSize = asked === null ? at.pageSize : asked <= 0 ? state.defaultLimit : Math.min(asked, state.maxLimit)
  const multiplier = isList(definition.type)
    ? at.multiplier * (name === 'docs' ? at.pageSize : LIST_ESTIMATE)
    : at.multiplier
  let docDepth = at.docDepth
  if (isDocumentType(type)) {
    docDepth += 1
    state.cost += multiplier
    state.deepest = Math.max(state.deepest, docDepth)
  }
  walk(state, field.selectionSet, { parent: type, docDepth, multiplier, pageSize, visiting: at.visiting })
}

type Fragments = Map<string, FragmentDefinitionNode>

const fragmentsOf = (document: DocumentNode): Fragments => {
  const fragments: Fragments = new Map()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  return fragments
}

/**
 * What must be refused before any rule walks the query: more than MAX_GRAPHQL_FIELDS fields in the
 * whole document once fragments are spelled out, a fragment that spreads itself, or fragments that spread each other
 * so often that spelling them out would never end (twenty fragments that each spread the
 * previous one twice make a million fields). Payload's own complexity rule spells fragments out
 * without a guard, so such a document is swapped, for validation only, for one without its
 * fragments, and refused with this reason.
 */
type DocumentProblem = { words: Localized; values: Record<string, number | string> }

function spelledOutProblem(document: DocumentNode, fragments: Fragments): DocumentProblem | null {
  const spreadsOf = (node: SelectionSetNode, into: string[] = []): string[] => {
    for (const selection of node.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) into.push(selection.name.value)
      else if (selection.selectionSet) spreadsOf(selection.selectionSet, into)
    }
    return into
  }
  const fieldsIn = (node: SelectionSetNode): number => {
    let count = 0
    for (const selection of node.selections) {
      if (selection.kind === Kind.FIELD) count += 1
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) count += fieldsIn(selection.selectionSet)
    }
    return count
  }
  // Depth-first, with the path kept for the message; sizes are memoized, so this is linear.
  const size = new Map<string, number>()
  const onPath: string[] = []
  const visit = (name: string): DocumentProblem | number => {
    const known = size.get(name)
    if (known !== undefined) return known
    const at = onPath.indexOf(name)
    if (at >= 0)
      return { words: limitWords.graphqlFragmentCycle, values: { name, path: [...onPath.slice(at), name].join(' → ') } }
    const fragment = fragments.get(name)
    if (!fragment) return 0
    onPath.push(name)
    let total = fieldsIn(fragment.selectionSet)
    for (const spread of spreadsOf(fragment.selectionSet)) {
      const inner = visit(spread)
      if (typeof inner !== 'number') return inner
      total += inner
      if (total > MAX_GRAPHQL_FIELDS) return { words: limitWords.graphqlSize, values: { max: MAX_GRAPHQL_FIELDS } }
    }
    onPath.pop()
    size.set(name, total)
    return total
  }
  for (const name of fragments.keys()) {
    const result = visit(name)
    if (typeof result !== 'number') return result
  }
  // The operations spelled out: their own fields and every fragment they spread, as often as they
  // do. Counted over the whole document: every rule walks every operation in it, so a thousand
  // small operations spreading one large fragment cost as much as one huge operation.
  let total = 0
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    total += fieldsIn(definition.selectionSet)
    for (const spread of spreadsOf(definition.selectionSet)) total += size.get(spread) ?? 0
    if (total > MAX_GRAPHQL_FIELDS) return { words: limitWords.graphqlSize, values: { max: MAX_GRAPHQL_FIELDS } }
  }
  return null
}

const errorFor = (req: PayloadRequest | undefined, words: Localized, values: Record<string, number | string>) =>
  new GraphQLError(say(req, words, values), { extensions: { statusCode: 400 } })

/**
 * GraphQL's share of the bounds: a query may select at most MAX_GRAPHQL_FIELDS fields, may nest
 * related documents no deeper than REST's `depth` allows the caller, and may be estimated to fetch
 * no more documents than the caller's budget. It is refused before anything runs.
 */
export const graphQLLimits =
  (options: Pick<LimitOptions, 'defaultLimit' | 'maxLimit'>) =>
  (args: ExecutionArgs): ValidationRule[] => {
    const context = args.contextValue as { req?: PayloadRequest } | undefined
    const req = context?.req
    const bounds = boundsOf({ user: req?.user ?? null })
    const fragments = fragmentsOf(args.document)
    const problem = spelledOutProblem(args.document, fragments)
    if (problem) {
      // Validated (never executed) without its fragments: unknown spreads are GraphQL's own errors.
      args.document = {
        ...args.document,
        definitions: args.document.definitions.filter((d) => d.kind !== Kind.FRAGMENT_DEFINITION),
      }
      const refused: ValidationRule = (validation) => ({
        Document: { enter: () => validation.reportError(errorFor(req, problem.words, problem.values)) },
      })
      return [refused]
    }
    const rule: ValidationRule = (validation: ValidationContext) => ({
      Document: {
        leave(document) {
          for (const definition of document.definitions) {
            if (definition.kind !== Kind.OPERATION_DEFINITION) continue
            const root =
              definition.operation === 'mutation'
                ? validation.getSchema().getMutationType()
                : validation.getSchema().getQueryType()
            if (!root) continue
            const state: Walk = {
              typeNamed: (name) => validation.getSchema().getType(name) ?? undefined,
              fragments,
              variables: args.variableValues,
              maxLimit: options.maxLimit,
              defaultLimit: options.defaultLimit,
              cost: 0,
              deepest: -1,
              depthArgument: 0,
            }
            walk(state, definition.selectionSet, {
              parent: root,
              docDepth: -1,
              multiplier: 1,
              pageSize: options.defaultLimit,
              visiting: new Set(),
            })
            const hops = Math.max(state.deepest, 0)
            if (hops > bounds.maxDepth)
              validation.reportError(errorFor(req, limitWords.graphqlDepth, { depth: hops, max: bounds.maxDepth }))
            else if (state.depthArgument > bounds.maxDepth)
              validation.reportError(
                errorFor(req, limitWords.graphqlDepthArgument, { depth: state.depthArgument, max: bounds.maxDepth }),
              )
            else if (state.cost > bounds.maxGraphQLCost)
              validation.reportError(
                errorFor(req, limitWords.graphqlCost, { cost: state.cost, max: bounds.maxGraphQLCost }),
              )
          }
        },
      },
    })
    return [rule]
  }
