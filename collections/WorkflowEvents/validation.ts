import type { PayloadRequest } from 'payload'

import { editorialSlugs } from '../../src/content'
import { notASiteCollection, say } from '../../src/i18n'

const slugs: readonly string[] = editorialSlugs

/** One of the editorial collections, by its slug. */
export const validateSiteCollection = (
  value: null | string | undefined,
  { req }: { req: PayloadRequest },
): string | true => (!value || slugs.includes(value) ? true : say(req, notASiteCollection, { slugs: slugs.join(', ') }))
