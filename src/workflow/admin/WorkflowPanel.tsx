'use client'
/**
 * The workflow in the edit view's sidebar: each language's stage and whether it is on the site,
 * the moves the signed-in user may make in the content language shown, with a comment box and an
 * optional time, and the entry's history. It asks the server (GET/POST …/workflow), which decides.
 */
import { Button, DatePicker, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useRef, useState } from 'react'

import { adminDateFormats, adminTimeFormat, formatAdminDate } from '../../i18n/dates'
import { type Code, revising, type Stage, useWorkflowState } from './useWorkflowState'
import { localeCodes, localeNames, stageLabels, wordsIn, workflowAdminWords as words, workflowWords } from './words'

const badge = (stage: Stage): React.CSSProperties => ({
  display: 'inline-block',
  padding: '0 0.5em',
  borderRadius: '0.75em',
  fontSize: '0.85em',
  background:
    stage === 'published'
      ? 'var(--theme-success-100)'
      : stage === 'changes_requested'
        ? 'var(--theme-error-100)'
        : stage === 'in_review' || stage === 'approved'
          ? 'var(--theme-warning-100)'
          : 'var(--theme-elevation-100)',
})

export const WorkflowPanel: React.FC = () => {
  const { id } = useDocumentInfo()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const router = useRouter()
  const say = wordsIn(i18n.language)
  const when = (date: string) => formatAdminDate(date, i18n.language, { appearance: 'dayAndTime' })
  const { state, reload: load, endpoint } = useWorkflowState()
  const [comment, setComment] = useState('')
  const [at, setAt] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  // Payload's date picker gives its id to a wrapper, not to the input: the input is named by the label.
  const atRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    atRef.current?.querySelector('input')?.setAttribute('aria-labelledby', 'workflow-at-label')
  })

  if (!id) return <p className="field-description">{say(words.saveFirst)}</p>
  // The content language shown; before the admin knows it, the default (Arabic).
  const code: Code = localeCodes.find((c) => c === locale?.code) ?? localeCodes[0]

  const move = async (to: Stage) => {
    setBusy(true)
    setError(null)
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: code, to, comment, at: at || undefined }),
    })
    setBusy(false)
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
      setError(body.errors?.[0]?.message ?? String(response.status))
      return
    }
    setComment('')
    setAt('')
    await load()
    router.refresh()
  }

  // From one stage to the next, in the direction the admin's language reads.
  const arrow = i18n.language === 'ar' ? '←' : '→'
  const allowed = state?.allowed[code] ?? []
  const canSchedule = allowed.includes('published') || allowed.includes('unpublished')
  return (
    <section className="workflow-panel" aria-label={say(workflowWords.stages)} style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 0.5em' }}>{say(workflowWords.stages)}</h4>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {localeCodes.map((c) => (
          <li key={c} data-locale={c} style={{ fontWeight: c === code ? 600 : 400, marginBottom: '0.25em' }}>
            {say(localeNames[c])}:{' '}
            <span style={badge(state?.stages[c] ?? 'draft')} data-stage={state?.stages[c]}>
              {state && state.stages[c] in stageLabels ? say(stageLabels[state.stages[c]]) : '…'}
            </span>
            {state?.publishedIn[c] ? <span style={{ marginInlineStart: '0.5em' }}>● {say(words.live)}</span> : null}
          </li>
        ))}
      </ul>
      {state && revising(state, code) ? (
        <p className="workflow-panel__revision" role="note">
          {say(words.revision)}
        </p>
      ) : null}
      {state?.scheduled.length ? (
        <ul className="workflow-panel__scheduled" style={{ paddingInlineStart: '1em' }}>
          {state.scheduled.map((s) => (
            <li key={s.id}>
              {say(words.scheduled)}: {say(localeNames[s.locale])} {arrow} {say(stageLabels[s.to])} ·{' '}
              <time className="admin-date" dateTime={s.at}>
                {when(s.at)}
              </time>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="field-description">{say(words.contentLanguage, { language: say(localeNames[code]) })}</p>
      {allowed.length === 0 ? (
        <p className="field-description">{say(words.nothingToDo)}</p>
      ) : (
        <div>
          <label style={{ display: 'block' }}>
            {say(words.comment)}
            <textarea
              name="workflowComment"
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              rows={3}
              style={{ width: '100%' }}
            />
          </label>
          {canSchedule ? (
            <div className="workflow-panel__at" ref={atRef}>
              <label id="workflow-at-label">{say(words.at)}</label>
              <DatePicker
                id="workflow-at"
                value={at}
                onChange={(date) => setAt(date instanceof Date ? date.toISOString() : '')}
                pickerAppearance="dayAndTime"
                displayFormat={adminDateFormats.dayAndTime}
                timeFormat={adminTimeFormat}
              />
            </div>
          ) : null}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5em' }}>
            {allowed.map((to) => (
              <Button
                key={to}
                buttonStyle={to === 'published' ? 'primary' : 'secondary'}
                size="small"
                disabled={busy}
                onClick={() => void move(to)}
                id={`workflow-${to}`}
              >
                {say(words.actions[to])}
              </Button>
            ))}
          </div>
        </div>
      )}
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
      {state?.events.length ? (
        <details className="workflow-panel__history">
          <summary>{say(words.history)}</summary>
          <ol style={{ paddingInlineStart: '1em' }}>
            {state.events.map((e) => (
              <li key={e.id}>
                <time className="admin-date" dateTime={e.createdAt}>
                  {when(e.createdAt)}
                </time>{' '}
                · {e.user?.name || e.user?.email} · {say(localeNames[e.locale])}:{' '}
                {e.from ? `${say(stageLabels[e.from])} ${arrow} ` : ''}
                {say(stageLabels[e.to])}
                {e.scheduledFor ? ` (${say(words.scheduled)} ${when(e.scheduledFor)})` : ''}
                {e.comment ? (
                  <q dir="auto" style={{ display: 'block' }}>
                    {e.comment}
                  </q>
                ) : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  )
}
