/**
 * Search-engine fields for the society's public content, through Payload's official SEO plugin
 * (`@payloadcms/plugin-seo`): `meta.title`, `meta.description` and `meta.image` per locale on every
 * editorial collection (the content registry's, src/content), with the plugin's overview, "auto-generate"
 * buttons and search-result preview in the admin. What the fields are filled from lives in
 * src/fields/seo.ts, shared with the save hooks.
 */
import type { Config, Field, Plugin } from 'payload'

import { editorialSlugs } from '../content'

import { seoPlugin } from '@payloadcms/plugin-seo'

import { generateMetaDescription, generateMetaTitle, localizeSeoFields, seoGroupLabel } from '../fields/seo'

const plugin = (config: Config) =>
  seoPlugin({
    collections: editorialSlugs(config),
    uploadsCollection: 'media',
    fields: localizeSeoFields,
    generateTitle: ({ doc }) => generateMetaTitle(doc),
    generateDescription: ({ collectionConfig, doc }) => generateMetaDescription(collectionConfig, doc),
  })

/** The plugin names its group "SEO" in every language; the admin speaks three. */
const labelGroup = (fields: Field[]): Field[] =>
  fields.map((field) =>
    field.type === 'group' && 'name' in field && field.name === 'meta' ? { ...field, label: seoGroupLabel } : field,
  )

export const seo: Plugin = async (incoming: Config): Promise<Config> => {
  const config = await plugin(incoming)(incoming)
  const names = new Set<string>(editorialSlugs(incoming))
  return {
    ...config,
    collections: config.collections?.map((collection) =>
      names.has(collection.slug) ? { ...collection, fields: labelGroup(collection.fields) } : collection,
    ),
  }
}
