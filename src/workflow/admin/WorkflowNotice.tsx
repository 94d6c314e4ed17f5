'use client'
/**
 * Above an entry's fields, in the content language shown: the reviewer's latest request for changes
 * (the comment, who and when) until the language is submitted again, and, for someone who may not
 * edit that language at its stage, a one-line reason, with the fields made read-only. The server
 * refuses such an edit anyway (403); this only shows the rule before anyone types.
 */
import { useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useRef } from 'react'

import { formatAdminDate } from '../../i18n/dates'
import { type Code, useWorkflowState } from './useWorkflowState'
import { localeCodes, localeNames, stageLabels, wordsIn, workflowAdminWords as words, workflowWords } from './words'

/** The parts of the form a person edits: every field but the workflow's and the workbench's own. */
const EDITABLE =
  '.render-fields > .field-type:not(.ui), .render-fields > .field-type.ui:not(:has(.workflow-panel, .workflow-notice, .content-language))'

export const WorkflowNotice: React.FC = () => {
  const { id } = useDocumentInfo()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const say = wordsIn(i18n.language)
  const { state } = useWorkflowState()
  const ref = useRef<HTMLDivElement>(null)
  const code: Code = localeCodes.find((c) => c === locale?.code) ?? localeCodes[0]
  const locked = state?.locked[code] ?? null
  const request = state?.requested[code] ?? null

  // Read-only while locked: nothing can be focused or typed into, and screen readers say so.
  useEffect(() => {
    const form = ref.current?.closest('form')
    if (!form || !locked) return
    const parts = [...form.querySelectorAll<HTMLElement>(EDITABLE)]
    for (const part of parts) {
      part.inert = true
      part.setAttribute('aria-disabled', 'true')
      part.classList.add('workflow-locked')
    }
    return () => {
      for (const part of parts) {
        part.inert = false
        part.removeAttribute('aria-disabled')
        part.classList.remove('workflow-locked')
      }
    }
  }, [locked, code])

  if (!id || !state) return <div ref={ref} className="workflow-notice" hidden />
  const language = say(localeNames[code])
  return (
    <div ref={ref} className="workflow-notice" data-locale={code}>
      {request ? (
        <section className="workflow-notice__request" role="alert" aria-label={say(workflowWords.changesRequested)}>
          <strong>{say(workflowWords.changesRequested)}</strong>
          {request.comment ? <blockquote dir="auto">{request.comment}</blockquote> : null}
          <span className="workflow-notice__by">
            {say(words.requestedBy, {
              name:
                [request.user?.name, request.user?.email].find((who) => typeof who === 'string' && who !== '') ?? '',
              date: formatAdminDate(request.createdAt, i18n.language, { appearance: 'dayAndTime' }) ?? '',
            })}
          </span>
        </section>
      ) : null}
      {locked ? (
        <p className="workflow-notice__locked" role="note">
          {locked === 'source'
            ? say(words.readOnlySource, { locale: language })
            : say(words.readOnly, { locale: language, stage: say(stageLabels[state.stages[code]]) })}
        </p>
      ) : null}
    </div>
  )
}
