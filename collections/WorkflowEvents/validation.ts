import type { PayloadRequest } from 'payload'

import { notASiteCollection, say, siteCollectionLabels } from '../../src/i18n'

const slugs = Object.keys(siteCollectionLabels)

/** One of the editorial collections, by its slug. */
export const validateSiteCollection = (
  value: null | string | undefined,
  { req }: { req: PayloadRequest },
): string | true => (!value || slugs.includes(value) ? true : say(req, notASiteCollection, { slugs: slugs.join(', ') }))
