/**
 * Whether a read is Payload's own, made to fill in the documents a page links to: one query per
 * related collection for every id the page holds (its dataloader, for REST population and for
 * GraphQL's relationship fields alike). Only Payload sets `disableErrors` on a read; neither REST
 * nor GraphQL lets a caller set it.
 *
 * Payload has no public flag for these reads: this is the one place that recognises them by the
 * arguments Payload 3.90.1 gives them (`disableErrors: true`, `pagination: false`).
 * tests/integration/payloadSeams.test.ts fails if a relation read stops carrying them, or if a
 * caller's read starts to.
 */
export const isRelationRead = (args: object): boolean =>
  'disableErrors' in args && args.disableErrors === true && 'pagination' in args && args.pagination === false
