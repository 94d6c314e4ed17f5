/**
 * Scheduled publishing: an editor's publish or unpublish of one language at a given time is a job
 * in Payload's jobs queue (stored in the database, so a restart loses none). The server runs the
 * queue every ten seconds; when the time comes, the transition is made as the editor who
 * scheduled it, checked again against the rules as they stand then.
 */
import type { JobsConfig, PayloadRequest, TaskConfig } from 'payload'

import { hasRole } from '../access'
import { isLocaleCode } from '../i18n'
import { isStage, type Stage } from './stages'
import { prepareTransition, recordEvents, transition } from './transition'
import { type EditorialSlug, isEditorialSlug, type TransitionInput, type TransitionResult } from './types'
import { idFor } from '../lib/ids'

export const SCHEDULE_TASK = 'workflowTransition'
export const SCHEDULE_QUEUE = 'workflow'

export interface ScheduledMove {
  collection: EditorialSlug
  entry: string
  locale: string
  to: Stage
  comment: string
  user: string
}

const isScheduledMove = (req: PayloadRequest, input: unknown): input is ScheduledMove => {
  if (typeof input !== 'object' || input === null) return false
  const value = input as Record<string, unknown>
  return (
    isEditorialSlug(req.payload.config, value.collection) &&
    typeof value.entry === 'string' &&
    isLocaleCode(value.locale) &&
    isStage(value.to) &&
    typeof value.user === 'string'
  )
}

const text = (name: string) => ({ name, type: 'text' as const, required: true })

export const scheduleTask: TaskConfig<'workflowTransition'> = {
  slug: SCHEDULE_TASK,
  retries: 0,
  inputSchema: [
    text('collection'),
    text('entry'),
    text('locale'),
    text('to'),
    { name: 'comment', type: 'textarea' },
    text('user'),
  ],
  handler: async ({ input, req }) => {
    if (!isScheduledMove(req, input)) throw new Error('A scheduled workflow move with incomplete input was skipped.')
    const user = await req.payload.findByID({
      collection: 'users',
      id: idFor(req, input.user),
      depth: 0,
      overrideAccess: true,
      req,
    })
    req.user = { ...user, collection: 'users' }
    req.i18n.language = user.language ?? req.i18n.language
    const done = await transition(req, input.collection, idFor(req, input.entry), {
      locale: input.locale,
      to: input.to,
      comment: input.comment,
    })
    req.payload.logger.info(`Scheduled move made: ${input.collection}/${input.entry} ${input.locale} → ${done.stage}`)
    return { output: {} }
  },
}

const editors = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin', 'editor')

/** The jobs configuration the workflow needs: its task, the server's runner, and who may touch jobs over the API. */
export const workflowJobs = (existing: JobsConfig | undefined): JobsConfig => ({
  ...existing,
  tasks: [...(existing?.tasks ?? []), scheduleTask],
  // Only the server queues moves (the transition checks the caller first); editors may run or cancel.
  access: { queue: () => false, run: editors, cancel: editors },
  autoRun: [{ cron: '*/10 * * * * *', queue: SCHEDULE_QUEUE, limit: 20 }],
})

/** Puts a checked move in the queue for `at`; answers the job's id. */
export async function queueMove(req: PayloadRequest, move: ScheduledMove, at: Date): Promise<string> {
  const job = await req.payload.jobs.queue({
    task: SCHEDULE_TASK,
    input: move,
    queue: SCHEDULE_QUEUE,
    waitUntil: at,
    req,
  })
  return String(job.id)
}

/** Moves waiting in the queue for one entry, soonest first. */
export async function pendingMoves(req: PayloadRequest, collection: EditorialSlug, entry: string) {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: SCHEDULE_TASK } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: 'waitUntil',
    limit: 100,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.flatMap((job) => {
    const input: unknown = job.input
    return isScheduledMove(req, input) && input.collection === collection && input.entry === entry
      ? [{ id: String(job.id), at: job.waitUntil ?? null, ...input }]
      : []
  })
}

/**
 * Checks a move as if it were made now (a publish needs an approved text, an unpublish a live one),
 * then queues it for `at` and records it as scheduled. The stage does not change until it runs.
 */
export async function scheduleTransition(
  req: PayloadRequest,
  collection: EditorialSlug,
  id: number | string,
  input: TransitionInput,
): Promise<TransitionResult> {
  const prepared = await prepareTransition(req, collection, id, input)
  const { at, locale, from, to } = prepared
  if (!at) throw new Error('scheduleTransition needs a time')
  await queueMove(
    req,
    { collection, entry: String(prepared.id), locale, to, comment: prepared.comment, user: String(prepared.user.id) },
    at,
  )
  await recordEvents(req, prepared, [{ locale, from, to }], at)
  return {
    collection,
    id: prepared.id,
    locale,
    from,
    to,
    stage: from,
    stages: prepared.stages,
    publishedIn: prepared.published,
    scheduledAt: at.toISOString(),
  }
}
