/**
 * Rich text holds only what the editor can make. Before the editor's own validation runs (which
 * assumes a well-formed tree), a document is walked without recursion and refused when:
 *  - it is not a root of nodes, or a node is not an object with a type, or children are not a list;
 *  - a node's type is not one the configured editor offers (no `html`, no `iframe`);
 *  - it is nested too deep or holds too many nodes;
 *  - a link's URL is not http, https, mailto, tel or a relative path (no `javascript:`, `data:`);
 *  - a link, relationship or upload names a collection it may not, or an entry that does not exist.
 */
import type { Field, PayloadRequest, RichTextField } from 'payload'

import { richText as defaultRichText } from 'payload/shared'

import { guardWords, type Localized, say } from '../i18n'
import { withoutInvisible } from '../lib/controlCharacters'
import { mapFields } from '../lib/fieldWalk'
import { missingIds } from './relations'

const MAX_NESTING = 40
const MAX_NODES = 50_000
/** Lexical's own nodes, which no feature lists. */
const CORE_TYPES = ['root', 'paragraph', 'text', 'linebreak', 'tab']

type NodeClass = { getType?: () => string; replace?: { getType?: () => string } }
type LexicalAdapter = { editorConfig?: { features?: { nodes?: { node?: NodeClass }[] } } }

const typesCache = new WeakMap<object, Set<string>>()

/** The node types the field's editor offers (its features' nodes and Lexical's core ones). */
function offeredTypes(editor: unknown): Set<string> {
  if (typeof editor !== 'object' || editor === null) return new Set(CORE_TYPES)
  const cached = typesCache.get(editor)
  if (cached) return cached
  const nodes = (editor as LexicalAdapter).editorConfig?.features?.nodes ?? []
  const types = new Set(CORE_TYPES)
  for (const { node } of nodes) {
    const type = node?.getType?.() ?? node?.replace?.getType?.()
    if (type) types.add(type)
  }
  typesCache.set(editor, types)
  return types
}

/** A link the public may follow: http(s), mailto, tel, or a path/anchor/query on the site itself. */
export function isSafeLink(url: unknown): boolean {
  if (url === undefined || url === null || url === '') return true
  if (typeof url !== 'string') return false
  // Browsers drop control characters and spaces inside a scheme (`java\tscript:`), so they are
  // dropped here too before the scheme is read.
  const compact = withoutInvisible(url, { spaces: true })
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase()
  if (!scheme) return !compact.startsWith('//') && !compact.startsWith('\\')
  return ['http', 'https', 'mailto', 'tel'].includes(scheme)
}

class Refusal {
  constructor(
    readonly path: string,
    readonly problem: Localized,
    readonly values: Record<string, number | string> = {},
  ) {}
}

type Reference = { relationTo: string; id: number | string; path: string }
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Walks the tree breadth-first; returns the entries it links to, or throws a Refusal. */
function walk(value: unknown, types: Set<string>, targets: { links: Set<string>; uploads: Set<string> }): Reference[] {
  if (!isObject(value) || !isObject(value.root) || value.root.type !== 'root')
    throw new Refusal('root', guardWords.richTextRoot)
  const references: Reference[] = []
  const queue: { node: unknown; path: string; nesting: number }[] = [{ node: value.root, path: 'root', nesting: 0 }]
  let seen = 0
  for (let i = 0; i < queue.length; i++) {
    const { node, path, nesting } = queue[i]
    if (++seen > MAX_NODES) throw new Refusal(path, guardWords.richTextTooLarge, { max: MAX_NODES })
    if (nesting > MAX_NESTING) throw new Refusal(path, guardWords.richTextTooDeep, { max: MAX_NESTING })
    if (!isObject(node) || typeof node.type !== 'string') throw new Refusal(path, guardWords.richTextNode)
    if (!types.has(node.type)) throw new Refusal(path, guardWords.richTextType, { type: node.type.slice(0, 40) })
    if ('text' in node && typeof node.text !== 'string') throw new Refusal(path, guardWords.richTextText)
    if (node.type === 'link' || node.type === 'autolink') {
      const fields = isObject(node.fields) ? node.fields : {}
      if (!isSafeLink(fields.url)) throw new Refusal(path, guardWords.linkScheme)
      if (fields.linkType === 'internal') {
        const doc = isObject(fields.doc) ? fields.doc : null
        const id = isObject(doc?.value) ? doc.value.id : doc?.value
        if (!doc || typeof doc.relationTo !== 'string' || !targets.links.has(doc.relationTo))
          throw new Refusal(path, guardWords.linkTarget)
        if (typeof id === 'number' || typeof id === 'string') references.push({ relationTo: doc.relationTo, id, path })
      }
    }
    if (node.type === 'relationship' || node.type === 'upload') {
      const allowed = node.type === 'upload' ? targets.uploads : targets.links
      const id = isObject(node.value) ? node.value.id : node.value
      if (typeof node.relationTo !== 'string' || !allowed.has(node.relationTo))
        throw new Refusal(path, guardWords.linkTarget)
      if (typeof id === 'number' || typeof id === 'string') references.push({ relationTo: node.relationTo, id, path })
    }
    if ('children' in node) {
      if (!Array.isArray(node.children)) throw new Refusal(`${path}.children`, guardWords.richTextChildren)
      node.children.forEach((child, index) =>
        queue.push({ node: child, path: `${path}.children.${index}`, nesting: nesting + 1 }),
      )
    }
  }
  return references
}

/** The collections a link or a relationship may name, and those an upload may. */
function targetsOf(req: PayloadRequest) {
  const collections = req.payload.config.collections.filter(
    (collection) => !collection.auth && !collection.slug.startsWith('payload-'),
  )
  return {
    links: new Set(
      collections
        .filter((collection) => collection.admin.enableRichTextLink !== false)
        .map((collection) => collection.slug),
    ),
    uploads: new Set(
      collections
        .filter((collection) => collection.upload && collection.admin.enableRichTextRelationship !== false)
        .map((collection) => collection.slug),
    ),
  }
}

/** What is wrong with a rich-text value, in the caller's language, or null when nothing is. */
export function richTextProblem(
  value: unknown,
  req: PayloadRequest,
  editor: unknown = req.payload.config.editor,
): string | null {
  if (value === null || value === undefined) return null
  try {
    walk(value, offeredTypes(editor), targetsOf(req))
    return null
  } catch (error) {
    if (!(error instanceof Refusal)) throw error
    return say(req, guardWords.richTextShape, { path: error.path, problem: say(req, error.problem, error.values) })
  }
}

/** The entries a well-formed rich-text value links to, relates to or shows that do not exist. */
async function missingReferences(value: unknown, editor: unknown, req: PayloadRequest): Promise<string | true> {
  if (value === null || value === undefined) return true
  // The structure was checked before the editor's validation ran; here the tree is read for its links.
  const references = walk(value, offeredTypes(editor), targetsOf(req))
  const byCollection = new Map<string, Reference[]>()
  for (const reference of references)
    byCollection.set(reference.relationTo, [...(byCollection.get(reference.relationTo) ?? []), reference])
  for (const [collection, items] of byCollection) {
    const missing = await missingIds(
      req,
      collection,
      items.map((item) => item.id),
    )
    if (missing.length > 0) return say(req, guardWords.missingRelations, { collection, ids: missing.join(', ') })
  }
  return true
}

/**
 * The editor's own checks run first (they assume a well-formed tree, which the guard's
 * beforeOperation check has made sure of for callers), then the guard's: structure again for the
 * server's own writes, and the existence of what the text links to.
 */
const safeRichText = (field: RichTextField): RichTextField => {
  const own = field.validate ?? defaultRichText
  return {
    ...field,
    validate: async (value, options) => {
      if (options.event === 'onChange') return own(value, options)
      const problem = richTextProblem(value, options.req, options.editor)
      if (problem) return problem
      const result = await own(value, options)
      return result === true ? missingReferences(value, options.editor, options.req) : result
    },
  }
}

/** Every rich-text field of `fields`, at any depth, checked for structure, node types and links. */
export const checkRichTextFields = (fields: Field[]): Field[] =>
  mapFields(fields, (field) => (field.type === 'richText' ? safeRichText(field) : null))
