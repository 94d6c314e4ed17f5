'use client'
/**
 * The edit view's status line, in place of Payload's whole-document "published / changed" (which
 * says "changed" for an entry whose Arabic is live while its Azerbaijani is being translated, and
 * offers everyone a revert that would publish every language): the content language shown, its
 * stage, whether it is on the site, and whether a revision of it is in progress. Reverting is done
 * from the version history, as a draft that goes through review.
 */
import { useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { type Code, revising, useWorkflowState } from './useWorkflowState'
import { localeCodes, localeNames, stageLabels, wordsIn, workflowAdminWords as words, workflowWords } from './words'

export const DocumentStatus: React.FC = () => {
  const { id } = useDocumentInfo()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const say = wordsIn(i18n.language)
  const { state } = useWorkflowState()
  if (!id || !state) return null
  const code: Code = localeCodes.find((c) => c === locale?.code) ?? localeCodes[0]
  const stage = state.stages[code]
  const live = state.publishedIn[code]
  const value = [
    say(stageLabels[stage]),
    say(live ? words.live : words.notLive),
    ...(revising(state, code) ? [say(words.revisionShort)] : []),
  ].join(' · ')
  return (
    <div className="status document-status" data-locale={code} data-stage={stage}>
      <div className="status__value-wrap">
        <span className="status__label">{say(workflowWords.stageIn, { language: say(localeNames[code]) })}: </span>
        <span className="status__value">{value}</span>
      </div>
    </div>
  )
}
