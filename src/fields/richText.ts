import type { RichTextField } from 'payload'

import type { Localized } from '../i18n'

/** Localized rich text; the editor itself is configured once, in payload.config.ts. */
export const richTextField = (name: string, label: Localized): RichTextField => ({
  name,
  type: 'richText',
  label,
  localized: true,
})
