/**
 * The size of a GraphQL answer, measured once it is built and before it is written out: a GraphQL
 * answer repeats a related document wherever it is selected, so one larger than the caller's
 * budget is refused.
 *
 * The one place the limits depend on a Payload member that is typed but not documented: Payload
 * 3.90.1 has no hook on a GraphQL answer, and its GraphQL handler (@payloadcms/next) calls
 * `payload.extensions({ args, req, result })` with every executed operation's result, so that member
 * is set here. tests/integration/payloadSeams.test.ts fails if the handler stops calling it, and
 * tests/integration/limits.test.ts if the refusal stops reaching the caller.
 */
import type { Payload, PayloadRequest } from 'payload'

import { GraphQLError } from 'graphql'

import { limitWords } from '../i18n'
import { refuse } from '../lib/refuse'
import { boundsOf, jsonSize } from './bounds'

export const measureGraphQLAnswers = (payload: Payload): void => {
  payload.extensions = async ({ args, result }) => {
    const context = args.contextValue as { req?: PayloadRequest } | undefined
    const req = context?.req
    if (!req || !result.data) return result
    const { maxResponseBytes } = boundsOf(req)
    if (jsonSize(result.data) > maxResponseBytes) {
      // Payload formats `result.errors`, not a new object's: the answer is rewritten in place.
      result.data = null
      const refusal = refuse(req, 400, limitWords.tooLarge, { megabytes: Math.round(maxResponseBytes / 1024 / 1024) })
      Object.assign(result, { errors: [new GraphQLError(refusal.message, { originalError: refusal })] })
    }
    return result
  }
}
