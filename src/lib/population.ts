/**
 * Whether a read is Payload's own, made to fill in the documents a page links to: one query per
 * related collection for every id the page holds (its dataloader, for REST population and for
 * GraphQL's relationship fields alike). Only Payload sets `disableErrors` on a read; neither REST
 * nor GraphQL lets a caller set it.
 */
export const isRelationRead = (args: object): boolean =>
  'disableErrors' in args && args.disableErrors === true && 'pagination' in args && args.pagination === false
