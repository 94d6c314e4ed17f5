/**
 * The workflow over HTTP: `POST /api/{collection}/{id}/workflow` makes a transition and
 * `GET /api/{collection}/{id}/workflow` says where each language stands, what the caller may do
 * next and what happened so far; the GraphQL mutation `workflowTransition` is the same POST.
 */
import type { Endpoint, GraphQLExtension, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { isStaffUser } from '../access'
import { localeCodes, workflowWords } from '../i18n'
import { refuse } from '../lib/refuse'
import { sourceOf, titleFieldOf } from '../content'
import { editRefusal, stagesOf } from './hooks'
import { pendingMoves, scheduleTransition } from './schedule'
import { hasText, idOf } from '../lib/data'
import { allowedTransitions } from './stages'
import { liveLocales, transition } from './transition'
import { EVENTS, type EditorialSlug, isEditorialSlug, type TransitionInput } from './types'
import { idFor } from '../lib/ids'

/** Where each language stands, and the transitions the caller may make in each. */
export async function workflowState(req: PayloadRequest, collection: EditorialSlug, id: number | string) {
  if (!isStaffUser(req.user)) throw refuse(req, 401, workflowWords.signInFirst)
  const user = req.user
  let doc: Record<string, unknown>
  try {
    doc = (await req.payload.findByID({
      collection,
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      locale: 'all',
      req,
    })) as unknown as Record<string, unknown>
  } catch {
    throw refuse(req, 404, workflowWords.notFound)
  }
  const stages = stagesOf(doc)
  const publishedIn = await liveLocales(req, collection, doc.id)
  const sourceLocale = sourceOf(doc)
  const titles = (doc[titleFieldOf(req.payload.collections[collection].config)] ?? {}) as Record<string, unknown>
  const allowed = Object.fromEntries(
    localeCodes.map((locale) => [
      locale,
      allowedTransitions({
        user,
        locale,
        from: stages[locale],
        sourceLocale,
        ownEntry: String(idOf(doc.createdBy)) === String(user.id),
        written: hasText(titles[locale]),
        sourcePublished: publishedIn[sourceLocale],
        live: publishedIn[locale],
      }),
    ]),
  )
  const events = await req.payload.find({
    collection: EVENTS,
    where: { and: [{ collectionSlug: { equals: collection } }, { entry: { equals: String(doc.id) } }] },
    sort: '-createdAt',
    limit: 50,
    depth: 1,
    overrideAccess: true,
    req,
    // Who made each move: a name and an address, nothing else of their account.
    populate: { users: { name: true, email: true } },
  })
  const scheduled = await pendingMoves(req, collection, String(doc.id))
  // Whether the caller may edit each language now, and why not: the admin makes the fields read-only.
  const locked = Object.fromEntries(
    localeCodes.map((locale) => [locale, editRefusal(user, locale, stages[locale], sourceLocale)]),
  )
  // The reviewer's latest request, for each language waiting for changes (events come newest first).
  const requested = Object.fromEntries(
    localeCodes.map((locale) => [
      locale,
      stages[locale] === 'changes_requested'
        ? (events.docs.find((event) => event.locale === locale && event.to === 'changes_requested') ?? null)
        : null,
    ]),
  )
  return {
    collection,
    id: doc.id,
    sourceLocale,
    stages,
    publishedIn,
    allowed,
    locked,
    requested,
    scheduled,
    events: events.docs,
  }
}

export const workflowEndpoints = (collection: EditorialSlug): Endpoint[] => [
  {
    path: '/:id/workflow',
    method: 'post',
    handler: async (req) => {
      try {
        await addDataAndFileToRequest(req)
      } catch {
        req.data = undefined
      }
      const body = (typeof req.data === 'object' && req.data !== null ? req.data : {}) as TransitionInput
      const id = idFor(req, req.routeParams?.id)
      return Response.json(
        body.at ? await scheduleTransition(req, collection, id, body) : await transition(req, collection, id, body),
      )
    },
  },
  {
    path: '/:id/workflow',
    method: 'get',
    handler: async (req) => Response.json(await workflowState(req, collection, idFor(req, req.routeParams?.id))),
  },
]

/** `workflowTransition(collection, id, locale, to, comment, at)`, answering like the REST endpoint. */
export const workflowMutations: GraphQLExtension = (graphQL) => {
  const { GraphQLBoolean, GraphQLNonNull, GraphQLObjectType, GraphQLString } = graphQL
  const perLocale = (name: string, type: typeof GraphQLString | typeof GraphQLBoolean) =>
    new GraphQLObjectType({ name, fields: Object.fromEntries(localeCodes.map((code) => [code, { type }])) })
  const result = new GraphQLObjectType({
    name: 'WorkflowTransition',
    fields: {
      collection: { type: GraphQLString },
      id: { type: GraphQLString },
      locale: { type: GraphQLString },
      from: { type: GraphQLString },
      to: { type: GraphQLString },
      stage: { type: GraphQLString },
      stages: { type: perLocale('WorkflowStages', GraphQLString) },
      publishedIn: { type: perLocale('WorkflowPublishedIn', GraphQLBoolean) },
      scheduledAt: { type: GraphQLString },
    },
  })
  return {
    workflowTransition: {
      type: result,
      args: {
        collection: { type: new GraphQLNonNull(GraphQLString) },
        id: { type: new GraphQLNonNull(GraphQLString) },
        locale: { type: new GraphQLNonNull(GraphQLString) },
        to: { type: new GraphQLNonNull(GraphQLString) },
        comment: { type: GraphQLString },
        at: { type: GraphQLString },
      },
      resolve: async (_: unknown, args: Record<string, unknown>, context: { req: PayloadRequest }) => {
        const { req } = context
        if (!isEditorialSlug(req.payload.config, args.collection)) throw refuse(req, 404, workflowWords.notFound)
        const id = idFor(req, args.id)
        const done = args.at
          ? await scheduleTransition(req, args.collection, id, args)
          : await transition(req, args.collection, id, args)
        return { ...done, id: String(done.id) }
      },
    },
  }
}
