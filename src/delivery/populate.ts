import type { CollectionBeforeOperationHook } from 'payload'

import { isRelationRead } from '../lib/population'

/**
 * Payload fills in related documents with one query per related collection (`where id in …`),
 * sorted by the collection's default sort. The order is thrown away (each document goes back to
 * its place), and a default sort on a localized field (people and categories sort by name) costs
 * a second query per collection. Reads made to fill in relations are therefore sorted by id.
 */
export const populateInIdOrder: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read' || !isRelationRead(args) || ('sort' in args && args.sort)) return args
  return { ...args, sort: 'id' }
}
