/**
 * The rich-text editor of every rich-text field: Lexical with Payload's default features, where Tab
 * leaves the editor for the next control, as everywhere else in a form, instead of indenting the
 * paragraph (a keyboard trap: each press indented by 40 px, and autosave stored it). Indentation
 * stays on the toolbar's buttons; the toolbar stands above the text (FixedToolbarFeature), where a
 * phone and a keyboard reach it, besides the one that floats over a selection.
 */
import { createServerFeature, FixedToolbarFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

const tabLeavesEditor = createServerFeature({
  key: 'tabLeavesEditor',
  feature: { ClientFeature: '/src/fields/richTextEditor/TabLeavesEditor#TabLeavesEditorClient' },
})

export const richTextEditor = () =>
  lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, FixedToolbarFeature(), tabLeavesEditor()] })
