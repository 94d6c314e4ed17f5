/**
 * Entries saved before each language's slug followed its own title: a translation that kept the
 * source's slug (copied with the source's text, then translated) gets the slug of its own title, in
 * the entry and in its latest version; every other slug stays, and is marked fixed where it is
 * published or differs from what its title would give (someone chose it). Run once, as a migration.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { isLocaleCode, localeCodes, type LocaleCode } from '../i18n'
import { fold } from '../lib/fold'
import { slugify } from '../lib/slugify'
import { latestVersion, rewriteVersion, writeEntry } from '../lib/stored'

type Doc = Record<string, unknown>

const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value)
const inLocale = (value: unknown, code: LocaleCode): unknown => (isDoc(value) ? value[code] : undefined)

/** The collections whose slugs follow their titles: those with drafts and a slug. */
const followingCollections = (payload: Payload): CollectionSlug[] =>
  Object.values(payload.collections)
    .filter(
      ({ config }) =>
        Boolean(config.versions?.drafts) && config.flattenedFields.some((field) => field.name === 'slugFixed'),
    )
    .map(({ config }) => config.slug as CollectionSlug)

/** `base`, or `base-2`, `base-3`… whichever no other entry of the collection uses in `code`. */
async function freeSlug(
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
  code: LocaleCode,
  base: string,
  req?: Partial<PayloadRequest>,
): Promise<string> {
  let candidate = base
  for (let n = 2; ; n += 1) {
    const { totalDocs } = await payload.db.count({
      collection,
      locale: code,
      req,
      where: { and: [{ slugKey: { equals: fold(candidate, code) } }, { id: { not_equals: id } }] },
    })
    if (totalDocs === 0) return candidate
    candidate = `${base}-${n}`
  }
}

/**
 * For one stored state of an entry (the public entry, or its latest draft), the languages whose slug
 * is the source's while their title is their own, with the slug of their own title.
 */
function copiedSlugs(state: Doc, titleField: string): { code: LocaleCode; own: string }[] {
  const source: LocaleCode = isLocaleCode(state.sourceLocale) ? state.sourceLocale : localeCodes[0]
  const sourceSlug = inLocale(state.slug, source)
  const sourceTitle = inLocale(state[titleField], source)
  return localeCodes.flatMap((code) => {
    const slug = inLocale(state.slug, code)
    const title = inLocale(state[titleField], code)
    if (
      code === source ||
      typeof slug !== 'string' ||
      slug !== sourceSlug ||
      typeof title !== 'string' ||
      !title.trim() ||
      title === sourceTitle
    )
      return []
    const own = slugify(title, code)
    return own && own !== slug ? [{ code, own }] : []
  })
}

/** Whether a language's slug was chosen: published, or not what its title gives. */
const chosen = (state: Doc, titleField: string, code: LocaleCode): boolean => {
  const slug = inLocale(state.slug, code)
  const title = inLocale(state[titleField], code)
  return (
    typeof slug === 'string' &&
    (inLocale(state.publishedIn, code) === true || (typeof title === 'string' && slugify(title, code) !== slug))
  )
}

export async function repairCopiedSlugs(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  let repaired = 0
  for (const collection of followingCollections(payload)) {
    const titleField = payload.collections[collection].config.admin.useAsTitle ?? 'title'
    const { docs } = await payload.db.find<Doc>({ collection, locale: 'all', pagination: false, req })
    for (const doc of docs) {
      const id = doc.id as number | string
      const fixes = copiedSlugs(doc, titleField)
      const slugs: Doc = { ...(isDoc(doc.slug) ? doc.slug : {}) }
      const keys: Doc = { ...(isDoc(doc.slugKey) ? doc.slugKey : {}) }
      const fixed: Doc = { ...(isDoc(doc.slugFixed) ? doc.slugFixed : {}) }
      for (const code of localeCodes) {
        const fix = fixes.find((candidate) => candidate.code === code)
        if (fix) {
          slugs[code] = await freeSlug(payload, collection, id, code, fix.own, req)
          keys[code] = fold(String(slugs[code]), code)
          repaired += 1
        }
        fixed[code] = fix
          ? inLocale(doc.publishedIn, code) === true
          : chosen(doc, titleField, code) || fixed[code] === true
      }
      // The whole entry, every language: an adapter rewrites a language's row from what it is given.
      await writeEntry({ payload, req }, collection, id, { ...doc, slug: slugs, slugKey: keys, slugFixed: fixed })
      const latest = await latestVersion({ payload, req }, collection, id)
      if (!latest || !isDoc(latest.version)) continue
      const draft = latest.version
      const draftFixes = copiedSlugs({ ...draft, publishedIn: doc.publishedIn }, titleField)
      if (draftFixes.length === 0) continue
      const draftSlugs: Doc = { ...(isDoc(draft.slug) ? draft.slug : {}) }
      const draftKeys: Doc = { ...(isDoc(draft.slugKey) ? draft.slugKey : {}) }
      for (const { code, own } of draftFixes) {
        draftSlugs[code] = await freeSlug(payload, collection, id, code, own, req)
        draftKeys[code] = fold(String(draftSlugs[code]), code)
        repaired += 1
      }
      await rewriteVersion(
        { payload, req },
        collection,
        { ...latest, parent: id },
        { ...draft, slug: draftSlugs, slugKey: draftKeys, slugFixed: fixed },
        {
          latest: true,
          updatedAt: new Date(latest.updatedAt).toISOString(),
        },
      )
    }
  }
  return repaired
}
