import type { PayloadRequest } from 'payload'

import { editorialSlugs, isEditorialSlug } from '../../src/content'
import { notASiteCollection, say } from '../../src/i18n'

/** One of the editorial collections (the content registry's), by its slug. */
export const validateSiteCollection = (
  value: null | string | undefined,
  { req }: { req: PayloadRequest },
): string | true =>
  !value || isEditorialSlug(req.payload.config, value)
    ? true
    : say(req, notASiteCollection, { slugs: editorialSlugs(req.payload.config).join(', ') })
