/**
 * The translators' workbench: each language of each editorial entry has a translation status
 * (`missing`, `in_progress`, `up_to_date`, `outdated`, or `source`), kept per field, so a change to
 * the source text marks exactly the translated fields it outdates. Owns those fields and hooks,
 * the translator's queue and the coverage grid on the dashboard, the status column of the lists,
 * the source text shown beside each field being translated, and the content language a
 * translator's admin opens in. Plugged in by the config, after the workflow.
 */
import type { CollectionAfterLoginHook, CollectionConfig, Config, Field, Plugin, Where } from 'payload'

import { isStaffUser, isTranslatorOnly } from '../access'
import { isLocaleCode } from '../i18n'
import { isEditorialSlug } from '../content'
import { mapFields } from '../lib/fieldWalk'
import { translationFields, WORKBENCH } from './fields'
import { mirrorTranslation, trackTranslation } from './hooks'

export { statusesOf, textsOf } from './hooks'

const SOURCE_TEXT = `${WORKBENCH}/SourceText#SourceText`

/** Every localized text, textarea and rich text field gets the source text after its input. */
const withSourceText = (fields: Field[]): Field[] =>
  mapFields(fields, (field) => {
    const textual = field.type === 'text' || field.type === 'textarea' || field.type === 'richText'
    if (!textual || !field.localized || field.hidden || field.name === 'slug' || field.admin?.readOnly === true)
      return null
    const components = field.admin?.components
    const afterInput = [...(components?.afterInput ?? []), SOURCE_TEXT]
    return { ...field, admin: { ...field.admin, components: { ...components, afterInput } } } as Field
  })

/** The title field's list cell falls back to the source language's title. */
const withTitleCell = (fields: Field[], titleField: string): Field[] =>
  fields.map((field): Field =>
    'name' in field && field.name === titleField && field.type === 'text'
      ? {
          ...field,
          admin: {
            ...field.admin,
            components: { ...field.admin?.components, Cell: `${WORKBENCH}/TitleCell#TitleCell` },
          },
        }
      : field,
  )

const withWorkbench = (collection: CollectionConfig): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  const [banner, ...rest] = translationFields
  const fields = withTitleCell(withSourceText(collection.fields), collection.admin?.useAsTitle ?? 'title')
  return {
    ...collection,
    fields: [...(banner ? [banner] : []), ...fields, ...rest],
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), trackTranslation],
      afterChange: [...(hooks.afterChange ?? []), mirrorTranslation],
    },
    admin: {
      ...collection.admin,
      defaultColumns: [...(collection.admin?.defaultColumns ?? []), 'translationColumn'],
    },
  }
}

/**
 * A translator's admin opens in a language they translate into: signing in moves the remembered
 * content language there unless it already is one of theirs.
 */
const openInTranslationLocale: CollectionAfterLoginHook = async ({ req, user }) => {
  if (!isStaffUser(user) || !isTranslatorOnly(user)) return user
  const own = (user.translatorLocales ?? []).filter(isLocaleCode)
  const first = own[0]
  if (!first) return user
  const where: Where = {
    and: [
      { key: { equals: 'locale' } },
      { 'user.value': { equals: user.id } },
      { 'user.relationTo': { equals: 'users' } },
    ],
  }
  const { docs } = await req.payload.find({
    collection: 'payload-preferences',
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const current = docs[0]
  if (current && isLocaleCode(current.value) && own.includes(current.value)) return user
  const data = { key: 'locale', user: { relationTo: 'users' as const, value: user.id as number }, value: first }
  if (current)
    await req.payload.update({ collection: 'payload-preferences', id: current.id, data, overrideAccess: true, req })
  else await req.payload.create({ collection: 'payload-preferences', data, overrideAccess: true, req })
  return user
}

export const translationWorkbench =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (isEditorialSlug(config, collection.slug)) return withWorkbench(collection)
      if (collection.slug !== config.admin?.user) return collection
      const hooks = collection.hooks ?? {}
      return { ...collection, hooks: { ...hooks, afterLogin: [...(hooks.afterLogin ?? []), openInTranslationLocale] } }
    }),
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        beforeDashboard: [
          ...(config.admin?.components?.beforeDashboard ?? []),
          `${WORKBENCH}/TranslationQueue#TranslationQueue`,
          `${WORKBENCH}/CoverageGrid#CoverageGrid`,
        ],
      },
    },
  })
