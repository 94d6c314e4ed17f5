'use client'
/**
 * The workflow state of the entry open in the edit view (GET …/workflow), loaded again after each
 * save, shared by the panel in the sidebar and the notice above the fields.
 */
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { localeCodes, stageLabels } from './words'

export type Stage = keyof typeof stageLabels
export type Code = (typeof localeCodes)[number]

export interface WorkflowEvent {
  id: string
  createdAt: string
  locale: Code
  from?: Stage
  to: Stage
  comment?: string
  scheduledFor?: string
  user?: { name?: string; email?: string } | null
}

export interface WorkflowState {
  sourceLocale: Code
  stages: Record<Code, Stage>
  publishedIn: Record<Code, boolean>
  allowed: Record<Code, Stage[]>
  /** Why the caller may not edit a language now: it is the source (translators), or its stage. */
  locked: Record<Code, 'source' | 'stage' | null>
  /** The reviewer's latest request, for each language waiting for changes. */
  requested: Record<Code, WorkflowEvent | null>
  scheduled: { id: string; at: string; locale: Code; to: Stage }[]
  events: WorkflowEvent[]
}

/** Said on the page when a move was made, so that the panel and the notice both read the new state. */
const MOVED = 'eafs:workflow-moved'

export function useWorkflowState(): { state: WorkflowState | null; reload: () => Promise<void>; endpoint: string } {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const [state, setState] = useState<WorkflowState | null>(null)
  const endpoint = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/workflow`
  const load = useCallback(async () => {
    const response = await fetch(endpoint, { credentials: 'include' })
    if (response.ok) setState((await response.json()) as WorkflowState)
  }, [endpoint])
  // Again after each save (what was written decides what may be submitted), and after any move made
  // on the page: every part of the view that shows the state reads it anew.
  const savedAt = typeof savedDocumentData?.updatedAt === 'string' ? savedDocumentData.updatedAt : ''
  useEffect(() => {
    if (!id) return undefined
    void load()
    const onMove = () => void load()
    window.addEventListener(MOVED, onMove)
    return () => window.removeEventListener(MOVED, onMove)
  }, [id, load, savedAt])
  const reload = useCallback(async () => {
    window.dispatchEvent(new Event(MOVED))
  }, [])
  return { state, reload, endpoint }
}

/** A language on the site whose text is being changed again: a revision, until it is published. */
export const revising = (state: WorkflowState, code: Code): boolean =>
  state.publishedIn[code] && state.stages[code] !== 'published' && state.stages[code] !== 'unpublished'
