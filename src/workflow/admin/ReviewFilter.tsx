'use client'
/** Above an editorial list, for editors: the list filtered to what waits for their review, and back. */
import { useAuth, useTranslation } from '@payloadcms/ui'
import { usePathname, useSearchParams } from 'next/navigation'
import React from 'react'

import { hasRole } from '../../access/roles'
import { localeCodes, wordsIn, workflowAdminWords as words } from './words'

export const reviewQuery = localeCodes.map((code, i) => `where[or][${i}][workflow.${code}][equals]=in_review`).join('&')

export const ReviewFilter: React.FC = () => {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  const search = useSearchParams()
  const say = wordsIn(i18n.language)
  if (!hasRole(user, 'admin', 'editor')) return null
  const active = (search?.toString() ?? '').includes('in_review')
  return (
    <p className="workflow-review-filter" style={{ margin: '0 0 var(--base)' }}>
      <a
        href={active ? pathname : `${pathname}?${reviewQuery}`}
        className="btn btn--style-secondary btn--size-small"
        style={{ margin: 0 }}
      >
        {say(active ? words.showAll : words.waitingForMyReview)}
      </a>
    </p>
  )
}
