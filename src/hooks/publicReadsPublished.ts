import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

import { readsDrafts } from '../access'

/**
 * Anonymous readers (and API clients without the `preview` scope) always read the published version. Without this, `?draft=true` from the
 * public would query the latest versions, where an item whose newest version is an unreviewed
 * draft vanishes instead of showing its published text. The access rule (`publishedOrStaff`)
 * still guarantees that no draft is ever returned. The server's own code (access overridden) reads
 * drafts as asked.
 */
export const publicReadsPublished =
  <S extends CollectionSlug>(): CollectionBeforeOperationHook<S> =>
  ({ args, operation, overrideAccess, req }) => {
    if (operation === 'read' && !readsDrafts(req.user) && overrideAccess !== true && 'draft' in args && args.draft) {
      return { ...args, draft: false }
    }
    return args
  }
